namespace Scholarly.Parsing.Model;

/// <summary>The unit of a <see cref="Metric"/> value.</summary>
public enum MetricUnit
{
    /// <summary>A count of things (papers, citations) or an index such as the h-index.</summary>
    Count,

    /// <summary>A percentage (0–100).</summary>
    Percent,

    /// <summary>A score on a site-defined scale.</summary>
    Score,
}
