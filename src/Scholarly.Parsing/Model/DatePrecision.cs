namespace Scholarly.Parsing.Model;

/// <summary>How much of a <see cref="PublicationDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year.</summary>
    Year,

    /// <summary>Year and month.</summary>
    Month,

    /// <summary>Year, month and day.</summary>
    Day,
}
