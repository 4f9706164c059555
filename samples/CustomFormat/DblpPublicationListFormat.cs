using System.Globalization;
using System.Text.RegularExpressions;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Samples.CustomFormat;

/// <summary>
/// A user plugin: reads a DBLP-style plain-text publication list, a page kind the library does not
/// ship. It uses only the public API, exactly like the built-in formats.
/// </summary>
/// <remarks>
/// The page: the person's name, a line "dblp person page", year headings, and one line per entry:
/// <c>[c3] Author One, Author Two: Title. VENUE (Track) 2025: 11364-11378</c>. The key's letter
/// says the kind: c conference, j journal, i informal (preprint), b book, e editorship.
/// </remarks>
public sealed partial class DblpPublicationListFormat : IFormatParser
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "sample/dblp-list";

    /// <inheritdoc />
    public string Id => FormatId;

    /// <inheritdoc />
    public string DisplayName => "DBLP-style publication list (sample plugin)";

    /// <inheritdoc />
    public FormatMatch Detect(SourceText text)
    {
        // Detection must be cheap: look at the first 8 KB only.
        var window = text.DetectionWindow.ToString();
        var entries = EntryLine().Count(window);
        var header = window.Contains("dblp person page", StringComparison.OrdinalIgnoreCase);
        if (entries == 0)
        {
            return header ? new FormatMatch(0.3, "a dblp header but no [c1]-style entries") : FormatMatch.None("no [c1]-style entries");
        }

        var confidence = 0.5 + 0.1 * Math.Min(entries, 3) + (header ? 0.2 : 0);
        return new FormatMatch(confidence, $"{entries} [c1]-style entry line(s){(header ? " and a dblp header" : "")}");
    }

    /// <inheritdoc />
    public ParsedDocument Parse(SourceText text, ParseContext context)
    {
        Author? subject = null;
        int? year = null;
        var papers = new List<Paper>();
        for (var number = 1; number <= text.LineCount; number++)
        {
            var line = text.GetLine(number).Trim().ToString();
            if (line.Length == 0 || line.Equals("dblp person page", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (line.Length == 4 && int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var heading))
            {
                year = heading;
                continue;
            }

            var entry = EntryLine().Match(line);
            if (entry.Success)
            {
                if (papers.Count >= context.Options.MaxEntries)
                {
                    context.Report(DiagnosticCodes.TooManyEntries, DiagnosticSeverity.Warning, "Too many entries; the rest were skipped.", number, 1);
                    break;
                }

                papers.Add(ReadEntry(entry, year, number, context));
            }
            else if (subject is null && papers.Count == 0)
            {
                subject = new Author { Name = PersonName.Parse(line), Source = context.SourceAt(number, number) };
            }
            else
            {
                // Never throw for content: say what was skipped, and where.
                context.Report(DiagnosticCodes.UnrecognisedLine, DiagnosticSeverity.Warning, $"Skipped a line that is not an entry: \"{line}\".", number, 1);
            }
        }

        return new ParsedDocument { Subject = subject, Papers = [.. papers] };
    }

    private static Paper ReadEntry(Match entry, int? year, int line, ParseContext context)
    {
        var kind = entry.Groups["kind"].Value;
        var authors = entry.Groups["authors"].Value.Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var rest = entry.Groups["rest"].Value;

        // The title ends at the last ". " before the venue; titles may contain ": " and ". ".
        var split = rest.LastIndexOf(". ", StringComparison.Ordinal);
        var title = split > 0 ? rest[..(split + 1)].TrimEnd('.') : rest;
        var venueText = split > 0 ? rest[(split + 2)..] : "";
        if (venueText.Length == 0)
        {
            context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, $"The entry \"{title}\" has no venue.", line, 1);
        }

        // "CoRR abs/2503.13834 (2025)" is DBLP's name for an arXiv preprint: keep the arXiv id.
        var corr = CorrVenue().Match(venueText);
        return new Paper
        {
            Title = title,
            Authors = [.. authors.Select(PersonName.Parse)],
            Venue = venueText.Length == 0 ? null : ReadVenue(venueText, kind, year),
            Date = year is { } y ? PublicationDate.FromYear(y) : null,
            Identifiers = corr.Success ? [new Identifier(IdentifierSchemes.Arxiv, corr.Groups["id"].Value)] : [],
            Source = context.SourceAt(line, line),
        };
    }

    private static Venue ReadVenue(string text, string kind, int? year)
    {
        var corr = CorrVenue().Match(text);
        if (corr.Success)
        {
            return new Venue { Name = text, Acronym = "CoRR", Year = int.Parse(corr.Groups["year"].Value, CultureInfo.InvariantCulture), Kind = VenueKind.Preprint };
        }

        var match = VenueText().Match(text);
        var acronym = match.Success ? match.Groups["name"].Value : text;
        var track = match.Success && match.Groups["track"].Success ? match.Groups["track"].Value : null;
        var venueKind = kind switch
        {
            "j" => VenueKind.Journal,
            "i" => VenueKind.Preprint,
            "b" => VenueKind.Book,
            _ when track == "Findings" => VenueKind.Findings,
            _ => VenueKind.Conference,
        };

        return new Venue
        {
            Name = text,
            Acronym = acronym,
            Year = match.Success && match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : year,
            Kind = venueKind,
            Track = track == "Findings" ? null : track,
        };
    }

    // Regexes in a plugin should have a timeout too: pages are untrusted input.
    [GeneratedRegex(@"^\[(?<kind>[a-z])\d+\]\s+(?<authors>[^:]+):\s+(?<rest>.+)$", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EntryLine();

    [GeneratedRegex(@"^CoRR abs/(?<id>\S+) \((?<year>\d{4})\)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CorrVenue();

    [GeneratedRegex(@"^(?<name>[^()\d]+?)\s*(?:\((?<track>[^)]+)\))?\s*(?<year>\d{4})?(?::.*)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VenueText();
}
