namespace Scholarly.Parsing.Model;

/// <summary>A person as one page presents them: the subject of an author or profile page.</summary>
public sealed record Author
{
    /// <summary>The name the page uses for the person.</summary>
    public PersonName Name { get; init; } = new();

    /// <summary>Other spellings the page lists (e.g. ACL Anthology's "Also published as").</summary>
    public EquatableArray<PersonName> NameVariants { get; init; }

    /// <summary>Institutions the page associates with the person.</summary>
    public EquatableArray<Affiliation> Affiliations { get; init; }

    /// <summary>Numbers the page reports about the person (h-index, citations, …).</summary>
    public EquatableArray<Metric> Metrics { get; init; }

    /// <summary>Research areas or interests, e.g. arXiv categories such as <c>cs.LG</c>.</summary>
    public EquatableArray<string> ResearchAreas { get; init; }

    /// <summary>Identifiers of the person (ACL Anthology id, ORCID, …).</summary>
    public EquatableArray<Identifier> Identifiers { get; init; }

    /// <summary>Where the person was read.</summary>
    public SourceInfo? Source { get; init; }

    /// <summary>Returns the name as written.</summary>
    public override string ToString() => Name.Written;
}
