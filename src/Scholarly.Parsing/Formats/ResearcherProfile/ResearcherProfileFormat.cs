using System.Globalization;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.ResearcherProfile;

/// <summary>
/// Reads a researcher profile that lists a person's arXiv papers, as copied from a browser: the
/// person's name, their primary arXiv area (<c>LG</c>), metrics with label and value glued together
/// (<c>h-index13</c>, <c>46papers</c>, <c>794citations</c>, <c>Novelty53%</c>, <c>AI Score59</c>), the
/// announced paper count (<c>46 Papers</c>), then one entry per paper: a header gluing the area, the
/// date and a code flag (<c>CVMar 26, 2023Code</c>, <c>LGMay 21</c>), the title, the authors
/// (<c>… et al. · cmu, uw</c>) and the abstract with its LaTeX remnants.
/// </summary>
/// <remarks>
/// Area codes become full arXiv categories (<c>LG</c> → <c>cs.LG</c>, <c>ML</c> → <c>stat.ML</c>). A date
/// without a year takes the year of <see cref="ParseContext.ReferenceDate"/> (the year before when that
/// would put it in the future) and is marked inferred. The <c>Code</c> flag becomes a
/// <see cref="LinkKind.Code"/> link, carrying the code URL when the abstract names one.
/// </remarks>
public sealed class ResearcherProfileFormat : IFormatParser
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "researcher-profile";

    /// <inheritdoc />
    public string Id => FormatId;

    /// <inheritdoc />
    public string DisplayName => "Researcher profile (arXiv listing)";

    /// <inheritdoc />
    public FormatMatch Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int headers = 0, metrics = 0, counts = 0, areas = 0;
        string? example = null;
        string? exampleMetric = null;
        foreach (var raw in new LineEnumerator(text.DetectionWindow))
        {
            var trimmed = raw.Trim();
            if (trimmed.IsEmpty || trimmed.Length > 48)
            {
                continue;
            }

            // Headers, counts and metrics all hold a digit; most lines of other pages hold none, and
            // for those only the (allocation-free) area check is left.
            if (!trimmed.ContainsAnyInRange('0', '9'))
            {
                if (ProfileLines.IsAreaLine(trimmed) && ArxivAreas.TryResolve(trimmed.ToString(), out _))
                {
                    areas++;
                }

                continue;
            }

            // The shapes: a header starts with a two-letter area (LGSep 26, 2023), a count or a
            // value-first metric with a digit, a label-first metric ends with a digit or '%'.
            var headerShape = trimmed.Length > 2 && char.IsAsciiLetterUpper(trimmed[0]) && char.IsAsciiLetterUpper(trimmed[1]);
            var numberShape = char.IsAsciiDigit(trimmed[0]) || char.IsAsciiDigit(trimmed[^1]) || trimmed[^1] == '%';
            if (!headerShape && !numberShape)
            {
                continue;
            }

            // Spans and non-capturing matches first: a string is built only for a line that passes.
            if (headerShape && ProfileLines.LooksLikeHeader(trimmed))
            {
                var line = trimmed.ToString();
                if (ProfileLines.TryReadHeader(line, out var header) && header.IsWellFormed)
                {
                    headers++;
                    example ??= line;
                    continue;
                }
            }

            if (ProfileLines.LooksLikeCount(trimmed) && ProfileLines.TryReadCount(trimmed.ToString(), out _))
            {
                counts++;
            }
            else if (ProfileLines.MayBeKnownMetric(trimmed))
            {
                var line = trimmed.ToString();
                if (ProfileLines.TryReadMetric(line, out _, out var known) && known)
                {
                    metrics++;
                    exampleMetric ??= line;
                }
            }
        }

        if (headers == 0 && metrics == 0 && counts == 0)
        {
            return FormatMatch.None("no entry headers such as \"LGSep 26, 2023\", glued metrics or \"N Papers\" line");
        }

        var confidence = (headers > 0 ? 0.45 : 0) + (headers >= 3 ? 0.1 : 0) + 0.1 * Math.Min(metrics, 3)
            + (counts > 0 ? 0.15 : 0) + (areas > 0 && (headers > 0 || metrics > 0) ? 0.05 : 0);
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"{headers} entry header(s){Example(example)}, {metrics} glued metric(s){Example(exampleMetric)}, {counts} \"N Papers\" line(s), {areas} area line(s)");
        return new FormatMatch(confidence, reason);
    }

    /// <inheritdoc />
    public ParsedDocument Parse(SourceText text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return new ProfileReader(text, context).Read();
    }

    private static string Example(string? line) => line is null ? "" : $" such as \"{line}\"";
}
