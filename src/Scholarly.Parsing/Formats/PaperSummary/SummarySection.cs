namespace Scholarly.Parsing.Formats.PaperSummary;

/// <summary>The labelled sections of a paper summary page.</summary>
internal enum SummarySection
{
    /// <summary>The one-sentence summary.</summary>
    TlDr,

    /// <summary>The stated contribution.</summary>
    Contribution,

    /// <summary>Findings, one per line.</summary>
    Findings,

    /// <summary>The abstract, often cut off with an ellipsis.</summary>
    Abstract,

    /// <summary>Published peer reviews, or a notice that there are none.</summary>
    PeerReviews,

    /// <summary>Videos of talks about the paper.</summary>
    Videos,

    /// <summary>The heading over <see cref="Topics"/> and <see cref="Methods"/>.</summary>
    Taxonomy,

    /// <summary>Topics, a <c> · </c>-separated list (its label may be glued to the list).</summary>
    Topics,

    /// <summary>Methods, a <c> · </c>-separated list (its label may be glued to the list).</summary>
    Methods,
}
