using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Identity;

/// <summary>One real person, built from every mention of them across documents.</summary>
public sealed record ResolvedAuthor
{
    /// <summary>The person's id in this graph (<c>a0</c>, <c>a1</c>, …).</summary>
    public string Id { get; init; } = "";

    /// <summary>The name to show: the most frequent spelling, a page subject's own spelling on a tie.</summary>
    public PersonName PreferredName { get; init; } = new();

    /// <summary>Every distinct spelling seen, preferred first.</summary>
    public EquatableArray<PersonName> Names { get; init; }

    /// <summary>The ids of the person's resolved papers (including every paper on a page about them).</summary>
    public EquatableArray<string> PaperIds { get; init; }

    /// <summary>Every mention of the person.</summary>
    public EquatableArray<AuthorMention> Mentions { get; init; }

    /// <summary>Affiliations from every source.</summary>
    public EquatableArray<Affiliation> Affiliations { get; init; }

    /// <summary>Metrics from every source; each keeps its <see cref="Metric.Source"/>.</summary>
    public EquatableArray<Metric> Metrics { get; init; }

    /// <summary>Research areas from every source.</summary>
    public EquatableArray<string> ResearchAreas { get; init; }

    /// <summary>Identifiers from every source.</summary>
    public EquatableArray<Identifier> Identifiers { get; init; }

    /// <summary>Why the mentions were taken as one person (empty for a person mentioned once).</summary>
    public EquatableArray<Evidence> Evidence { get; init; }

    /// <summary>Returns the preferred name.</summary>
    public override string ToString() => PreferredName.Written;
}
