using System.Globalization;

namespace Scholarly.Parsing.Model;

/// <summary>A publication date of year, month or day precision.</summary>
/// <remarks>
/// When a page omits part of the date (for example <c>Apr 17</c> without a year) and the parser
/// fills it from context, <see cref="IsInferred"/> is set: nothing is invented silently.
/// </remarks>
public sealed record PublicationDate
{
    /// <summary>The year.</summary>
    public int Year { get; init; }

    /// <summary>The month (1–12), when known.</summary>
    public int? Month { get; init; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; init; }

    /// <summary>Whether some part of the date (usually the year) was inferred rather than read.</summary>
    public bool IsInferred { get; init; }

    /// <summary>How much of the date is known, derived from <see cref="Month"/> and <see cref="Day"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>A date known to the year.</summary>
    /// <param name="year">The year.</param>
    public static PublicationDate FromYear(int year) => new() { Year = year };

    /// <summary>A date known to the day.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month (1–12).</param>
    /// <param name="day">The day of the month.</param>
    public static PublicationDate FromDate(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    /// <summary>Formats as ISO 8601 at the known precision (<c>2025</c>, <c>2025-03</c>, <c>2025-03-18</c>).</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
