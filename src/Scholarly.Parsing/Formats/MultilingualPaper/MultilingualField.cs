namespace Scholarly.Parsing.Formats.MultilingualPaper;

/// <summary>What a label on a multilingual paper page introduces.</summary>
internal enum MultilingualField
{
    /// <summary>The author list, usually on the label's line (<c>Autoren: A, B</c>).</summary>
    Authors,

    /// <summary>The publication date, on the label's line.</summary>
    Date,

    /// <summary>Subject categories such as <c>cs.AI</c>, on the label's line.</summary>
    Categories,

    /// <summary>An abstract heading; the abstract's language is read from its text, the label's language is the fallback.</summary>
    Abstract,

    /// <summary>A heading naming a language (<c>English</c>): the abstract below is in that language.</summary>
    LanguageSection,

    /// <summary>The site's summary of the paper.</summary>
    Summary,

    /// <summary>A summary the site marks as machine-generated.</summary>
    GeneratedSummary,
}
