namespace Scholarly.Parsing.Model;

/// <summary>A site's short summary of a paper: TL;DR, contribution and findings.</summary>
public sealed record PaperSummary
{
    /// <summary>The one-sentence summary (TL;DR), when present.</summary>
    public string? TlDr { get; init; }

    /// <summary>The stated contribution, when present.</summary>
    public string? Contribution { get; init; }

    /// <summary>The findings, one per entry, in page order.</summary>
    public EquatableArray<string> Findings { get; init; }

    /// <summary>Whether the site marks the summary as machine-generated.</summary>
    public bool IsGenerated { get; init; }
}
