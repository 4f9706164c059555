using System.Text.Json.Serialization;

namespace Scholarly.Parsing.Model;

/// <summary>A number a site reports about an author, such as the h-index or citation count.</summary>
public sealed record Metric
{
    /// <summary>The kind of metric; one of <see cref="MetricKinds"/> or a plugin's own kind.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The value.</summary>
    public double Value { get; init; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] // "Count" is the default value but must still be visible in JSON.
    public MetricUnit Unit { get; init; }

    /// <summary>The period the value covers when the site states one, e.g. <c>since 2020</c>; otherwise all time.</summary>
    public string? Period { get; init; }

    /// <summary>The label and value as written on the page, e.g. <c>h-index13</c>.</summary>
    public string? Label { get; init; }

    /// <summary>Where the metric was read.</summary>
    public SourceInfo? Source { get; init; }
}
