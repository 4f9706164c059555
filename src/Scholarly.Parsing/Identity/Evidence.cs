namespace Scholarly.Parsing.Identity;

/// <summary>A fact behind a merge: what kind, a readable description, and how strong it is.</summary>
public sealed record Evidence
{
    /// <summary>The kind of fact.</summary>
    public EvidenceKind Kind { get; init; }

    /// <summary>A readable description, e.g. <c>both list "Jungmin Yun"</c>.</summary>
    public string Description { get; init; } = "";

    /// <summary>How strongly the fact supports the merge, from 0 to 1 (a name score, a title similarity, …).</summary>
    public double Score { get; init; }

    /// <summary>Returns the description.</summary>
    public override string ToString() => $"{Kind}: {Description}";
}
