namespace Scholarly.Parsing.Model;

/// <summary>
/// The metric kinds the built-in formats report. <see cref="Metric.Kind"/> is a plain string so a
/// plugin can report its own kinds (use lowercase words joined by hyphens).
/// </summary>
public static class MetricKinds
{
    /// <summary>The h-index.</summary>
    public const string HIndex = "h-index";

    /// <summary>The i10-index (papers with at least ten citations).</summary>
    public const string I10Index = "i10-index";

    /// <summary>The total number of citations.</summary>
    public const string Citations = "citations";

    /// <summary>The number of papers.</summary>
    public const string PaperCount = "papers";

    /// <summary>A site's novelty score, a percentage.</summary>
    public const string Novelty = "novelty";

    /// <summary>A site's AI score.</summary>
    public const string AiScore = "ai-score";
}
