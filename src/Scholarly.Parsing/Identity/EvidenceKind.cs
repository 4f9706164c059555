namespace Scholarly.Parsing.Identity;

/// <summary>What kind of fact supports (or, for <see cref="MergeExplanation"/>, opposes) a merge.</summary>
public enum EvidenceKind
{
    /// <summary>The names agree (identically, after folding, or compatibly).</summary>
    NameAgreement,

    /// <summary>The page is about this person and lists the paper.</summary>
    PageOwner,

    /// <summary>Both mentions are authors of the same (resolved) paper.</summary>
    SharedPaper,

    /// <summary>Both people have a coauthor in common.</summary>
    CoauthorOverlap,

    /// <summary>Both people share an affiliation.</summary>
    SharedAffiliation,

    /// <summary>Both people share a research area.</summary>
    SharedResearchArea,

    /// <summary>Two paper records have the same title once case, punctuation, LaTeX and accents are folded (small edits tolerated).</summary>
    TitleAgreement,

    /// <summary>Two paper records have compatible years.</summary>
    YearAgreement,

    /// <summary>Two paper records share authors.</summary>
    AuthorOverlap,
}
