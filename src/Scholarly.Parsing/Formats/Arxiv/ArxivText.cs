using System.Globalization;
using System.Text.RegularExpressions;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Formats.Arxiv;

/// <summary>Reads the small pieces of an arXiv abstract page: ids, versions, dates and subjects.</summary>
internal static partial class ArxivText
{
    private static readonly string[] s_months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Whether a line is the dateline, <c>[Submitted on 21 Apr 2020]</c> (older pages: in parentheses).</summary>
    public static bool IsDateline(ReadOnlySpan<char> line) =>
        line.StartsWith("[Submitted on ", StringComparison.Ordinal) || line.StartsWith("(Submitted on ", StringComparison.Ordinal);

    /// <summary>Whether a line is a submission-history entry such as <c>[v1] Tue, 21 Apr 2020 17:17:09 UTC (3,427 KB)</c>.</summary>
    public static bool IsHistoryLine(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("[v", StringComparison.Ordinal))
        {
            return false;
        }

        var close = line.IndexOf(']');
        return close > 2 && int.TryParse(line[2..close], NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>Reads a history entry: its version (<c>v1</c>) and the day it was submitted.</summary>
    public static string ReadHistoryLine(string line, out PublicationDate? date)
    {
        var close = line.IndexOf(']', StringComparison.Ordinal);
        date = FindDate(line[(close + 1)..]);
        return line[1..close];
    }

    /// <summary>
    /// Reads <c>arXiv:2004.10162 [cs.LG] (or arXiv:2004.10162v1 [cs.LG] for this version)</c>: the id
    /// without a version, and the version the page shows.
    /// </summary>
    public static (string? Id, string? Version) ReadCitation(string? citeAs)
    {
        if (citeAs is null)
        {
            return (null, null);
        }

        string? id = null;
        string? version = null;
        foreach (Match match in ArxivId().Matches(citeAs))
        {
            id ??= match.Groups["id"].Value;
            if (match.Groups["version"].Success && match.Groups["id"].Value == id)
            {
                version ??= match.Groups["version"].Value;
            }
        }

        return (id, version);
    }

    /// <summary>The version in a dateline's <c>(this version, v2)</c>.</summary>
    public static string? ShownVersion(string? dateline)
    {
        const string Marker = "this version, ";
        var at = dateline?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
        if (at < 0)
        {
            return null;
        }

        var rest = dateline.AsSpan(at + Marker.Length);
        var end = rest.IndexOf(')');
        var version = (end < 0 ? rest : rest[..end]).Trim();
        return version.Length > 1 && version[0] == 'v' ? version.ToString() : null;
    }

    /// <summary>The first day in <c>[Submitted on 21 Apr 2020 …]</c>.</summary>
    public static PublicationDate? SubmittedOn(string? dateline) => dateline is null ? null : FindDate(dateline);

    /// <summary>The day after <c>last revised</c> in a dateline.</summary>
    public static PublicationDate? LastRevised(string? dateline)
    {
        var at = dateline?.IndexOf("last revised", StringComparison.Ordinal) ?? -1;
        return at < 0 ? null : FindDate(dateline![at..]);
    }

    /// <summary>The category codes in <c>Machine Learning (cs.LG); Machine Learning (stat.ML)</c>, primary first.</summary>
    public static List<string> ReadSubjects(string? subjects)
    {
        var codes = new List<string>();
        foreach (var subject in (subjects ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var open = subject.LastIndexOf('(');
            if (open >= 0 && subject.EndsWith(')'))
            {
                var code = subject[(open + 1)..^1].Trim();
                if (code.Length > 0 && !codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }

        return codes;
    }

    /// <summary>What kind of venue a journal reference names, by its words; a plain reference is a journal.</summary>
    public static VenueKind ClassifyJournal(string reference) =>
        reference.Contains("Workshop", StringComparison.OrdinalIgnoreCase) ? VenueKind.Workshop
        : reference.Contains("Conference", StringComparison.OrdinalIgnoreCase) || reference.Contains("Proceedings", StringComparison.OrdinalIgnoreCase)
            || reference.Contains("Proc.", StringComparison.Ordinal) || reference.Contains("Symposium", StringComparison.OrdinalIgnoreCase) ? VenueKind.Conference
        : VenueKind.Journal;

    /// <summary>The last plausible year (19xx or 20xx) in a text.</summary>
    public static int? FindYear(string text)
    {
        int? year = null;
        foreach (Match match in Year().Matches(text))
        {
            year = int.Parse(match.Value, CultureInfo.InvariantCulture);
        }

        return year;
    }

    private static PublicationDate? FindDate(string text)
    {
        var match = DayMonthYear().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var month = Array.IndexOf(s_months, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) ? PublicationDate.FromDate(year, month, day) : null;
    }

    [GeneratedRegex(@"arXiv:(?<id>\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?<version>v\d+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ArxivId();

    [GeneratedRegex(@"\b(?<day>\d{1,2})\s+(?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Year();
}
