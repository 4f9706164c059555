using System.Globalization;
using System.Text.RegularExpressions;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Formats.ResearcherProfile;

/// <summary>
/// Recognises the kinds of line a researcher profile has: entry headers (<c>LGSep 26, 2023Code</c>),
/// glued metrics (<c>h-index13</c>, <c>46papers</c>, <c>Novelty53%</c>), the <c>46 Papers</c> count and
/// the bare area line (<c>LG</c>).
/// </summary>
internal static partial class ProfileLines
{
    // Longer lines are prose, never one of these short markers.
    private const int MaxMarkerLength = 48;

    private static readonly string[] s_months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>
    /// Reads an entry header. A header whose date cannot be fully read (<c>LGFoo 99, 20x5</c>) is still
    /// returned, with <see cref="EntryHeader.IsWellFormed"/> false, so the caller decides whether to trust it.
    /// </summary>
    public static bool TryReadHeader(string line, out EntryHeader header)
    {
        header = default;
        if (line.Length > MaxMarkerLength)
        {
            return false;
        }

        var match = HeaderPattern().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var monthText = match.Groups["month"].Value;
        var dayText = match.Groups["day"].Value;
        var yearText = match.Groups["year"].Value;
        var month = ReadMonth(monthText);
        int? day = null;
        int? year = null;
        var wellFormed = month is not null;

        if (yearText.Length == 0 && dayText.Length == 4 && ReadNumber(dayText, 1000, 2999) is { } lone)
        {
            // "Mar 2023": a month and a year without a day.
            year = lone;
        }
        else
        {
            day = ReadNumber(dayText, 1, 31);
            wellFormed &= day is not null;
            if (yearText.Length > 0)
            {
                year = yearText.Length == 4 ? ReadNumber(yearText, 1000, 2999) : null;
                wellFormed &= year is not null;
            }
        }

        header = new EntryHeader(
            match.Groups["area"].Value,
            match.Groups["date"].Value,
            year,
            month,
            day,
            match.Groups["code"].Success,
            wellFormed);
        return true;
    }

    /// <summary>Reads a line such as <c>46 Papers</c>.</summary>
    public static bool TryReadCount(string line, out int count)
    {
        count = 0;
        if (line.Length > MaxMarkerLength)
        {
            return false;
        }

        var match = CountPattern().Match(line);
        return match.Success && int.TryParse(match.Groups["count"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out count);
    }

    /// <summary>Whether a line is a bare area code (<c>LG</c>) or a full arXiv category (<c>cs.LG</c>).</summary>
    public static bool IsAreaLine(ReadOnlySpan<char> line) => line.Length <= 20 && AreaPattern().IsMatch(line);

    /// <summary>
    /// Reads a metric with its label and value glued together (<c>h-index13</c>, <c>46papers</c>,
    /// <c>Novelty53%</c>, <c>AI Score59</c>).
    /// </summary>
    /// <param name="line">The trimmed line.</param>
    /// <param name="metric">The metric, its <see cref="Metric.Label"/> the line as written.</param>
    /// <param name="isKnown">Whether the label is one of the site's known metrics; otherwise the kind is derived from the label.</param>
    public static bool TryReadMetric(string line, out Metric metric, out bool isKnown)
    {
        metric = new Metric();
        isKnown = false;
        if (line.Length > MaxMarkerLength)
        {
            return false;
        }

        var match = LabelFirstMetric().Match(line);
        if (!match.Success)
        {
            match = ValueFirstMetric().Match(line);
            if (!match.Success)
            {
                return false;
            }
        }

        var label = match.Groups["label"].Value.Trim();
        if (!double.TryParse(match.Groups["value"].Value, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var percent = match.Groups["percent"].Success;
        (string Kind, MetricUnit Unit)? known = Normalise(label) switch
        {
            "hindex" => (MetricKinds.HIndex, MetricUnit.Count),
            "i10index" => (MetricKinds.I10Index, MetricUnit.Count),
            "papers" or "paper" or "publications" => (MetricKinds.PaperCount, MetricUnit.Count),
            "citations" or "citation" or "citedby" => (MetricKinds.Citations, MetricUnit.Count),
            "novelty" => (MetricKinds.Novelty, MetricUnit.Percent),
            "aiscore" => (MetricKinds.AiScore, MetricUnit.Score),
            _ => null,
        };

        isKnown = known is not null;
        metric = new Metric
        {
            Kind = known?.Kind ?? CustomKind(label),
            Value = value,
            // An unknown number is on the site's own scale unless it says it is a percentage.
            Unit = known?.Unit ?? (percent ? MetricUnit.Percent : MetricUnit.Score),
            Label = line,
        };
        return true;
    }

    /// <summary>
    /// A cheap test before <see cref="TryReadMetric"/>: whether the line's letters alone spell a
    /// known metric label (<c>h-index13</c> → <c>hindex</c>). Lines such as a coauthor with a count
    /// (<c>Johanna Heininger 4</c>) fail without a regex match or a string.
    /// </summary>
    public static bool MayBeKnownMetric(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxMarkerLength)
        {
            return false;
        }

        Span<char> letters = stackalloc char[MaxMarkerLength];
        var length = 0;
        foreach (var c in line)
        {
            if (char.IsAsciiLetter(c))
            {
                letters[length++] = char.ToLowerInvariant(c);
            }
        }

        return letters[..length] switch
        {
            "hindex" or "iindex" or "papers" or "paper" or "publications" or "citations" or "citation" or "citedby"
                or "novelty" or "aiscore" => true,
            _ => false,
        };
    }

    /// <summary>Whether the line is shaped like an entry header (no strings built).</summary>
    public static bool LooksLikeHeader(ReadOnlySpan<char> line) => line.Length <= MaxMarkerLength && HeaderPattern().IsMatch(line);

    /// <summary>Whether the line is shaped like <c>46 Papers</c> (no strings built).</summary>
    public static bool LooksLikeCount(ReadOnlySpan<char> line) => line.Length <= MaxMarkerLength && CountPattern().IsMatch(line);

    /// <summary>A metric kind for an unknown label: lowercase words joined by hyphens (<c>Reading List</c> → <c>reading-list</c>).</summary>
    private static string CustomKind(string label)
    {
        var words = label.ToLowerInvariant().Split([' ', '-', '.', '_'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join('-', words);
    }

    private static string Normalise(string label)
    {
        Span<char> buffer = stackalloc char[label.Length];
        var length = 0;
        foreach (var c in label)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return buffer[..length].ToString();
    }

    private static int? ReadMonth(string text)
    {
        var name = text.TrimEnd('.').ToLowerInvariant();
        if (name.Length < 3)
        {
            return null;
        }

        for (var i = 0; i < s_months.Length; i++)
        {
            // "Mar", "March" and "Sept" are accepted; "Marc" or "Mayo" are not.
            if (s_months[i].StartsWith(name, StringComparison.Ordinal) && (name.Length == 3 || name.Length == s_months[i].Length || name == "sept"))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static int? ReadNumber(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;

    // Area code, then a capitalised month word, a day token and an optional year token, then "Code".
    // The tokens are loose on purpose so a malformed date is still seen as a header.
    [GeneratedRegex(@"^(?<area>[A-Z]{2})(?<date>(?<month>[A-Z][a-z]{2,8}\.?)\s+(?<day>[^\s,]{1,4})(?:,\s*(?<year>[^\s,]{1,6}?))?)(?<code>Code)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^(?<count>\d{1,3}(?:,\d{3})+|\d+)\s+papers?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"^(?:[A-Z]{2}|[a-z]+(?:-[a-z]+)?\.[A-Za-z][A-Za-z-]*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AreaPattern();

    [GeneratedRegex(@"^(?<label>[A-Za-z][A-Za-z0-9 .-]*?[A-Za-z-])\s?(?<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?<percent>%)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LabelFirstMetric();

    [GeneratedRegex(@"^(?<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?<percent>%)?\s?(?<label>[A-Za-z][A-Za-z .-]*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ValueFirstMetric();
}
