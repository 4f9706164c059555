namespace Scholarly.Parsing.Model;

/// <summary>What kind of venue published a paper.</summary>
public enum VenueKind
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A conference's main proceedings (any volume or track of them).</summary>
    Conference,

    /// <summary>A <em>Findings</em> volume attached to a conference (ACL, EMNLP, NAACL, EACL, AACL).</summary>
    Findings,

    /// <summary>A workshop, including a conference's student research workshop.</summary>
    Workshop,

    /// <summary>A journal (e.g. TACL, Computational Linguistics).</summary>
    Journal,

    /// <summary>A preprint server such as arXiv.</summary>
    Preprint,

    /// <summary>A book or a chapter in one.</summary>
    Book,

    /// <summary>A thesis.</summary>
    Thesis,

    /// <summary>Anything else (reports, web pages, software).</summary>
    Other,
}
