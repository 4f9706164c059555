namespace Scholarly.Parsing.Model;

/// <summary>One version of a paper in a site's history, e.g. arXiv's <c>[v2] Tue, 5 May 2020 …</c>.</summary>
public sealed record PaperVersion
{
    /// <summary>The version's label as the site writes it, e.g. <c>v2</c>.</summary>
    public string Version { get; init; } = "";

    /// <summary>When the version was submitted, to the day, when the site says.</summary>
    public PublicationDate? Date { get; init; }

    /// <summary>Returns the label.</summary>
    public override string ToString() => Version;
}
