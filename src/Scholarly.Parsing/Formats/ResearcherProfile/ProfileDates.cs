using System.Globalization;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.ResearcherProfile;

/// <summary>Turns an entry header's date into a <see cref="PublicationDate"/>, inferring a missing year.</summary>
internal static class ProfileDates
{
    // How far back a year-less date may be pushed to become valid (a 29 February needs a leap year).
    private const int MaxYearsBack = 8;

    /// <summary>
    /// Reads the date of a header. A year-less date takes the year of the reference date, or the year
    /// before when it would otherwise lie in the future; it is marked inferred and an Info diagnostic
    /// says so. A malformed date keeps whatever parts could be read and is reported.
    /// </summary>
    public static PublicationDate? Resolve(EntryHeader header, int line, int column, ParseContext context)
    {
        if (!header.IsWellFormed || header.Month is not { } month)
        {
            var kept = header.Year is { } y
                ? header.Month is { } m ? new PublicationDate { Year = y, Month = m } : PublicationDate.FromYear(y)
                : null;
            context.Report(DiagnosticCodes.MalformedDate, DiagnosticSeverity.Warning,
                kept is null
                    ? $"The date \"{header.DateText}\" could not be read; the entry has no date."
                    : $"The date \"{header.DateText}\" could not be fully read; kept {kept}.",
                line, column);
            return kept;
        }

        if (header.Year is { } year)
        {
            if (header.Day is not { } day)
            {
                return new PublicationDate { Year = year, Month = month };
            }

            if (day <= DateTime.DaysInMonth(year, month))
            {
                return PublicationDate.FromDate(year, month, day);
            }

            var partial = new PublicationDate { Year = year, Month = month };
            context.Report(DiagnosticCodes.MalformedDate, DiagnosticSeverity.Warning,
                $"The date \"{header.DateText}\" names a day the month does not have; kept {partial}.", line, column);
            return partial;
        }

        var reference = context.ReferenceDate;
        var dayOfMonth = header.Day ?? 1;
        for (var candidate = reference.Year; candidate >= reference.Year - MaxYearsBack && candidate >= 1; candidate--)
        {
            if (dayOfMonth > DateTime.DaysInMonth(candidate, month) || new DateOnly(candidate, month, dayOfMonth) > reference)
            {
                continue;
            }

            var inferred = header.Day is null
                ? new PublicationDate { Year = candidate, Month = month, IsInferred = true }
                : PublicationDate.FromDate(candidate, month, dayOfMonth) with { IsInferred = true };
            context.Report(DiagnosticCodes.InferredValue, DiagnosticSeverity.Info,
                string.Create(CultureInfo.InvariantCulture,
                    $"The date \"{header.DateText}\" has no year; {candidate} was inferred from the reference date {reference:yyyy-MM-dd}."),
                line, column);
            return inferred;
        }

        context.Report(DiagnosticCodes.MalformedDate, DiagnosticSeverity.Warning,
            $"The date \"{header.DateText}\" has no year and names a day no recent year has; the entry has no date.", line, column);
        return null;
    }
}
