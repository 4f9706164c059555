using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Formats.GoogleScholar;

/// <summary>Reads the pieces of a Google Scholar profile's text: metric rows, article rows, names, venues and interests.</summary>
internal static partial class ScholarText
{
    private static readonly string[] s_particles = ["van", "von", "der", "den", "de", "la", "le", "du", "di", "da", "del", "della", "dos", "das", "ter", "ten", "zu", "y", "bin", "al", "el"];

    /// <summary>The metric rows of the "Cited by" table and the kinds they report.</summary>
    public static readonly (string Label, string Kind)[] MetricRows =
        [("Citations", MetricKinds.Citations), ("h-index", MetricKinds.HIndex), ("i10-index", MetricKinds.I10Index)];

    /// <summary>The cells of a line: tab-separated as copied tables are, or else the words.</summary>
    public static string[] Cells(string line) =>
        line.Contains('\t', StringComparison.Ordinal) ? line.Split('\t', StringSplitOptions.TrimEntries) : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Reads a metric row such as <c>h-index\t4\t4</c>: its kind and its one or two numbers.</summary>
    public static bool TryReadMetricRow(string line, out string label, out string kind, out List<double> values)
    {
        values = [];
        foreach (var (rowLabel, rowKind) in MetricRows)
        {
            if (line.Length > rowLabel.Length && line.StartsWith(rowLabel, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(line[rowLabel.Length]))
            {
                foreach (var cell in Cells(line[rowLabel.Length..].Trim()))
                {
                    if (!double.TryParse(cell.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                    {
                        break;
                    }

                    values.Add(value);
                }

                (label, kind) = (rowLabel, rowKind);
                return values.Count is 1 or 2;
            }
        }

        (label, kind) = ("", "");
        return false;
    }

    /// <summary>Reads the table's header, <c>\tAll\tSince 2021</c>: the period of the second column.</summary>
    public static bool TryReadMetricHeader(string line, out string? recentPeriod)
    {
        recentPeriod = null;
        var text = line.Trim();
        if (!text.StartsWith("All", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text[3..].Trim();
        if (rest.StartsWith("Since ", StringComparison.OrdinalIgnoreCase))
        {
            recentPeriod = "since " + rest[6..].Trim();
            return true;
        }

        return rest.Length == 0;
    }

    /// <summary>
    /// Reads the end of an article row, where the title cell's last line, the "Cited by" count and the
    /// year are tab-separated: <c>Venue, 2023\t18\t2023</c>, <c>\t\t2025</c>.
    /// </summary>
    public static bool TryReadRowEnd(string line, out string text, out string citedBy, out string year)
    {
        (text, citedBy, year) = ("", "", "");
        var cells = line.Split('\t');
        if (cells.Length != 3)
        {
            return false;
        }

        (text, citedBy, year) = (cells[0].Trim(), cells[1].Trim(), cells[2].Trim());
        return (citedBy.Length > 0 || year.Length > 0)
            && (citedBy.Length == 0 || CitedBy().IsMatch(citedBy))
            && (year.Length == 0 || IsYear(year));
    }

    /// <summary>The number in a "Cited by" cell (<c>18</c>, <c>18*</c> for merged citations).</summary>
    public static double? ReadCitedBy(string cell) =>
        double.TryParse(cell.TrimEnd('*').Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Whether a line reads like Scholar's author list: initials and family names, <c>W Zuo, RJ Mondragón</c>.</summary>
    public static bool LooksLikeAuthors(string line)
    {
        var parts = line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part is "..." or "…")
            {
                continue;
            }

            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > 5 || !IsInitials(words[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits an author list; a final <c>...</c> means Scholar cut it short.</summary>
    public static List<string> SplitAuthors(string line, out bool truncated)
    {
        var names = line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        truncated = names.Count > 0 && names[^1] is "..." or "…";
        if (truncated)
        {
            names.RemoveAt(names.Count - 1);
        }

        return names;
    }

    /// <summary>
    /// Reads a venue line such as <c>Journal of X 12 (3), 45-67</c> or
    /// <c>Proceedings of the ACM Web Conference 2023, 1865-1874</c>: the venue, its volume and issue, and the pages.
    /// </summary>
    /// <param name="line">The line as written.</param>
    /// <param name="year">The row's year; a trailing <c>, 2023</c> repeating it (shown on phones) is dropped.</param>
    /// <param name="pages">The page range, when the line ends with one.</param>
    public static Venue ReadVenue(string line, int? year, out string? pages)
    {
        pages = null;
        var name = line.Trim();
        if (year is { } y && name.EndsWith(", " + y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            name = name[..^6].TrimEnd();
        }

        var comma = name.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && Pages().IsMatch(name[(comma + 2)..]))
        {
            pages = name[(comma + 2)..];
            name = name[..comma].TrimEnd();
        }

        string? volume = null;
        string? issue = null;
        var match = VolumeIssue().Match(name);
        if (match.Success && (match.Groups["issue"].Success || !IsYear(match.Groups["volume"].Value)))
        {
            volume = match.Groups["volume"].Value;
            issue = match.Groups["issue"].Success ? match.Groups["issue"].Value : null;
            name = match.Groups["name"].Value;
        }

        return new Venue { Name = name, Year = year, Kind = Classify(name), Volume = volume, Issue = issue };
    }

    /// <summary>The arXiv id in a venue such as <c>arXiv preprint arXiv:2410.03532</c>.</summary>
    public static string? ArxivIdIn(string venue)
    {
        var match = ArxivPreprint().Match(venue);
        return match.Success ? match.Groups["id"].Value : null;
    }

    /// <summary>
    /// Splits the interests line, which a copy glues together (<c>Web3Big Data ScienceNLPMachine
    /// Learning</c>): a new interest starts where a capital follows a lowercase letter or digit, or
    /// where a run of capitals ends before a lowercase letter.
    /// </summary>
    public static List<string> SplitGluedInterests(string line)
    {
        var interests = new List<string>();
        var start = 0;
        for (var i = 1; i < line.Length; i++)
        {
            var (previous, current) = (line[i - 1], line[i]);
            var next = i + 1 < line.Length ? line[i + 1] : ' ';
            var boundary = char.IsUpper(current)
                && (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next) && i - start > 1 && IsCapitalRun(line, start, i)));
            if (boundary)
            {
                interests.Add(line[start..i].Trim());
                start = i;
            }
        }

        interests.Add(line[start..].Trim());
        interests.RemoveAll(s => s.Length == 0);
        return interests;
    }

    /// <summary>An all-capitals name in a readable case, <c>WENRUI ZUO</c> → <c>Wenrui Zuo</c>; other names as they are.</summary>
    public static string ReadableCase(string name)
    {
        if (!IsAllCapitals(name))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w].ToLower(CultureInfo.InvariantCulture);
            if (w > 0)
            {
                builder.Append(' ');
            }

            if (w > 0 && w < words.Length - 1 && Array.IndexOf(s_particles, word) >= 0)
            {
                builder.Append(word);
                continue;
            }

            // Capitalise after hyphens and apostrophes too: JEAN-LUC O'BRIEN → Jean-Luc O'Brien.
            for (var i = 0; i < word.Length; i++)
            {
                builder.Append(i == 0 || word[i - 1] is '-' or '\'' or '’' ? char.ToUpperInvariant(word[i]) : word[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether every letter of a name is a capital and it has more than one letter.</summary>
    public static bool IsAllCapitals(string name) =>
        name.Count(char.IsLetter) > 1 && !name.Any(char.IsLower);

    private static bool IsCapitalRun(string line, int start, int end)
    {
        // "NLPMachine": the run "NLPM" ends before a lowercase letter; the last capital starts the next word.
        for (var i = Math.Max(start, end - 2); i < end; i++)
        {
            if (!char.IsUpper(line[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInitials(string word) => word.Length <= 4 && word.All(c => char.IsUpper(c) || c is '.' or '-');

    private static bool IsYear(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100;

    private static VenueKind Classify(string venue) =>
        venue.Contains("arXiv", StringComparison.OrdinalIgnoreCase) || venue.Contains("preprint", StringComparison.OrdinalIgnoreCase) ? VenueKind.Preprint
        : venue.Contains("Workshop", StringComparison.OrdinalIgnoreCase) ? VenueKind.Workshop
        : venue.Contains("Proceedings", StringComparison.OrdinalIgnoreCase) || venue.Contains("Conference", StringComparison.OrdinalIgnoreCase)
            || venue.Contains("Symposium", StringComparison.OrdinalIgnoreCase) ? VenueKind.Conference
        : venue.Contains("Journal", StringComparison.OrdinalIgnoreCase) || venue.Contains("Transactions", StringComparison.OrdinalIgnoreCase)
            || venue.Contains("Letters", StringComparison.OrdinalIgnoreCase) || venue.Contains("Review", StringComparison.OrdinalIgnoreCase) ? VenueKind.Journal
        : VenueKind.Unknown;

    [GeneratedRegex(@"^(?:[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pages();

    [GeneratedRegex(@"^(?<name>.*\D)\s+(?<volume>\d{1,4})(?:\s+\((?<issue>[^()]{1,20})\))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VolumeIssue();

    [GeneratedRegex(@"^\d[\d,]*\*?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CitedBy();

    [GeneratedRegex(@"arXiv:(?<id>\d{4}\.\d{4,5})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ArxivPreprint();
}
