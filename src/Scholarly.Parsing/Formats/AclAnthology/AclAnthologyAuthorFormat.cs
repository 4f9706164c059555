using System.Globalization;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.AclAnthology;

/// <summary>
/// Reads an ACL Anthology author page as copied from a browser: the person's name, the
/// "Also published as" variants, year headings, and entries of <c>pdf bib</c> links, title,
/// <c> | </c>-separated authors, the proceedings title (decoded into a <see cref="Venue"/>) and
/// the abstract.
/// </summary>
public sealed class AclAnthologyAuthorFormat : IFormatParser
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "acl-anthology/author";

    private const string AlsoPublishedAs = "Also published as:";
    private const int MaxSkippedLinesReported = 20;

    /// <inheritdoc />
    public string Id => FormatId;

    /// <inheritdoc />
    public string DisplayName => "ACL Anthology author page";

    /// <inheritdoc />
    public FormatMatch Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int markers = 0, years = 0, venues = 0, pipes = 0, alsoPublished = 0;
        foreach (var raw in new LineEnumerator(text.DetectionWindow))
        {
            var line = raw.Trim();
            if (IsLinkMarker(line) || LeadingMarkersLength(line) > 0)
            {
                markers++;
            }
            else if (IsYearHeading(line, out _))
            {
                years++;
            }
            else if (line.StartsWith(AlsoPublishedAs, StringComparison.Ordinal))
            {
                alsoPublished++;
            }
            else if (AclVenueDecoder.LooksLikeVenue(line))
            {
                venues++;
            }
            else if (line.Contains(" | ", StringComparison.Ordinal))
            {
                pipes++;
            }
        }

        if (markers == 0)
        {
            return alsoPublished > 0
                ? new FormatMatch(0.3, "an \"Also published as\" line but no \"pdf bib\" entry markers")
                : FormatMatch.None("no \"pdf bib\" entry markers");
        }

        if (years == 0 && venues == 0 && markers < 3)
        {
            // A lone "PDF" button and " | "-separated menus are common on any saved page.
            return new FormatMatch(0.35, string.Create(CultureInfo.InvariantCulture,
                $"{markers} \"pdf bib\" entry marker(s) but no year heading or proceedings title"));
        }

        var confidence = 0.45 + 0.1 * Math.Min(markers, 3)
            + (years > 0 ? 0.1 : 0) + (venues > 0 ? 0.1 : 0) + (pipes > 0 ? 0.05 : 0) + (alsoPublished > 0 ? 0.05 : 0);
        return new FormatMatch(confidence, string.Create(CultureInfo.InvariantCulture,
            $"{markers} \"pdf bib\" entry marker(s), {years} year heading(s), {venues} proceedings title(s), {pipes} \" | \"-separated author line(s)"));
    }

    /// <inheritdoc />
    public ParsedDocument Parse(SourceText text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);

        var papers = new List<Paper>();
        string? name = null;
        var nameLine = 0;
        var headerEnd = 0;
        var variants = new List<PersonName>();
        var header = new List<(int Number, string Text)>();
        int? year = null;
        var entryStart = 0;
        var entryLines = new List<(int Number, string Text)>();
        string[] entryMarkers = [];
        var inEntry = false;
        var stopped = false;
        var skipped = 0;

        for (var number = 1; number <= text.LineCount && !stopped; number++)
        {
            var line = text.GetLine(number).Trim();
            var markerLength = IsLinkMarker(line) ? line.Length : LeadingMarkersLength(line);
            if (markerLength > 0)
            {
                TakeNameFromHeader();
                FlushEntry();
                inEntry = true;
                entryStart = number;
                entryMarkers = line[..markerLength].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (markerLength < line.Length)
                {
                    // The link row and the title on one line, as a page without end tags renders.
                    entryLines.Add((number, line[markerLength..].Trim().ToString()));
                }

                continue;
            }

            if (IsYearHeading(line, out var heading))
            {
                TakeNameFromHeader();
                FlushEntry();
                inEntry = false;
                year = heading;
                continue;
            }

            if (line.IsEmpty)
            {
                continue;
            }

            if (IsSidebarOrFooter(line) && (year is not null || papers.Count > 0 || inEntry))
            {
                // The list has ended: the site's sidebar and footer follow, with a search button first.
                if (entryLines.Count > 0 && entryLines[^1].Text == "Search")
                {
                    entryLines.RemoveAt(entryLines.Count - 1);
                }

                break;
            }

            if (inEntry)
            {
                entryLines.Add((number, line.ToString()));
            }
            else if (line.StartsWith(AlsoPublishedAs, StringComparison.Ordinal))
            {
                // The name is the line right above its variants.
                TakeNameFromHeader();
                foreach (var variant in line[AlsoPublishedAs.Length..].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    variants.Add(PersonName.Parse(variant));
                }

                headerEnd = number;
            }
            else if (name is null && year is null && papers.Count == 0)
            {
                header.Add((number, line.ToString()));
            }
            else
            {
                Skip(number, line);
            }
        }

        TakeNameFromHeader();
        FlushEntry();
        if (skipped > MaxSkippedLinesReported)
        {
            // One line each for the first few is useful; hundreds drown the real problems.
            context.Report(DiagnosticCodes.UnrecognisedLine, DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"{skipped - MaxSkippedLinesReported:N0} more lines outside any entry were skipped."));
        }

        Author? subject = null;
        if (name is not null)
        {
            subject = new Author
            {
                Name = PersonName.Parse(name),
                NameVariants = [.. variants],
                Source = context.SourceAt(nameLine, headerEnd),
            };
        }
        else
        {
            context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, "The page does not start with the author's name.", 1, 1);
        }

        var document = new ParsedDocument { Subject = subject, Papers = [.. papers] };
        return text.Html is { } page ? AclAnthologyAuthorMarkup.Enrich(document, page, context) : document;

        void TakeNameFromHeader()
        {
            if (name is not null || header.Count == 0)
            {
                return;
            }

            // The name is the last line above the list (a saved page starts with the site's navigation).
            (nameLine, name) = header[^1];
            headerEnd = Math.Max(headerEnd, nameLine);
            foreach (var (number, line) in header.SkipLast(1))
            {
                if (!IsSiteNavigation(line))
                {
                    Skip(number, line);
                }
            }

            header.Clear();
        }

        void Skip(int number, ReadOnlySpan<char> line)
        {
            skipped++;
            if (skipped <= MaxSkippedLinesReported)
            {
                context.Report(DiagnosticCodes.UnrecognisedLine, DiagnosticSeverity.Info,
                    $"Skipped a line outside any entry: \"{Shorten(line)}\".", number, 1);
            }
        }

        void FlushEntry()
        {
            if (!inEntry || stopped)
            {
                return;
            }

            inEntry = false;
            if (papers.Count >= context.Options.MaxEntries)
            {
                context.Report(DiagnosticCodes.TooManyEntries, DiagnosticSeverity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"The page has more than {context.Options.MaxEntries:N0} entries; the rest were not read."),
                    entryStart, 1);
                stopped = true;
                entryLines.Clear();
                return;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            var isLastOnPage = entryLines.Count == 0 || entryLines[^1].Number == LastNonEmptyLine(text);
            var paper = ReadEntry(entryStart, entryMarkers, entryLines, year, isLastOnPage, text, context);
            if (paper is not null)
            {
                papers.Add(paper);
            }

            entryLines.Clear();
        }
    }

    private static Paper? ReadEntry(int start, string[] markers, List<(int Number, string Text)> lines, int? year, bool isLastOnPage, SourceText text, ParseContext context)
    {
        if (lines.Count == 0)
        {
            context.Report(DiagnosticCodes.TruncatedEntry, DiagnosticSeverity.Warning,
                "An entry has links but no title; it was skipped.", start, 1);
            return null;
        }

        var end = lines[^1].Number;
        var title = lines[0].Text;
        var next = 1;

        EquatableArray<PersonName> authors = default;
        if (next < lines.Count && !AclVenueDecoder.LooksLikeVenue(lines[next].Text))
        {
            authors = SplitAuthors(lines[next].Text);
            next++;
        }
        else
        {
            context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning,
                $"The entry \"{Shorten(title)}\" lists no authors.", lines[0].Number, 1);
        }

        Venue? venue = null;
        if (next < lines.Count && IsVenueLine(lines[next].Text))
        {
            venue = AclVenueDecoder.Decode(lines[next].Text, year);
            next++;
        }
        else
        {
            context.Report(
                isLastOnPage && next >= lines.Count ? DiagnosticCodes.TruncatedEntry : DiagnosticCodes.MissingField,
                DiagnosticSeverity.Warning,
                isLastOnPage && next >= lines.Count
                    ? $"The page ends inside the entry \"{Shorten(title)}\"; its venue and abstract are missing."
                    : $"The entry \"{Shorten(title)}\" has no venue.",
                lines[Math.Min(next, lines.Count) - 1].Number, 1);
        }

        PaperAbstract? paperAbstract = null;
        if (next < lines.Count)
        {
            var raw = string.Join('\n', lines.Skip(next).Select(l => l.Text));
            var clean = MarkdownEmphasis.Strip(raw);
            // The page cut off mid-sentence: the last entry of a text that stops without final punctuation.
            var truncated = isLastOnPage && !EndsLikeSentence(raw) && !text.Text.EndsWith('\n');
            if (truncated)
            {
                context.Report(DiagnosticCodes.TruncatedEntry, DiagnosticSeverity.Warning,
                    $"The page ends in the middle of the abstract of \"{Shorten(title)}\"; the abstract is marked truncated.", end, 1);
            }

            paperAbstract = new PaperAbstract { Text = clean, Raw = clean == raw ? null : raw, IsTruncated = truncated };
        }
        else if (venue is not null)
        {
            context.Report(DiagnosticCodes.MissingAbstract, DiagnosticSeverity.Info,
                $"The entry \"{Shorten(title)}\" has no abstract.", start, 1);
        }

        var date = year is { } y ? PublicationDate.FromYear(y) : venue?.Year is { } vy ? PublicationDate.FromYear(vy) : null;
        return new Paper
        {
            Title = title,
            Authors = authors,
            Venue = venue,
            Date = date,
            Abstract = paperAbstract,
            Links = [.. markers.Select(ToLink).OfType<Link>()],
            Source = context.SourceAt(start, end),
        };
    }

    private static readonly string[] s_navigation = ["ACL Anthology", "ACL Logo ACL Anthology", "News", "FAQ", "Corrections", "Submissions", "GitHub", "Search"];

    private static bool IsSiteNavigation(string line)
    {
        // Bootstrap's screen-reader marker is copied with the active item: "FAQ(current)".
        var item = line.AsSpan();
        if (item.EndsWith("(current)", StringComparison.Ordinal))
        {
            item = item[..^"(current)".Length].TrimEnd();
        }

        foreach (var known in s_navigation)
        {
            if (item.Equals(known, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSidebarOrFooter(ReadOnlySpan<char> line) =>
        line is "Co-authors" or "Venues" || line.StartsWith("ACL materials are Copyright", StringComparison.Ordinal);

    private static bool IsVenueLine(string line) =>
        AclVenueDecoder.LooksLikeVenue(line) || (line.Length < 300 && !EndsLikeSentence(line));

    private static EquatableArray<PersonName> SplitAuthors(string line) =>
        [.. line.Split(" | ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(PersonName.Parse)];

    private static Link? ToLink(string marker) => marker.ToLowerInvariant() switch
    {
        "pdf" => new Link { Kind = LinkKind.Pdf },
        "bib" => new Link { Kind = LinkKind.Bibtex },
        "video" => new Link { Kind = LinkKind.Video },
        "code" or "software" => new Link { Kind = LinkKind.Code },
        "data" or "dataset" => new Link { Kind = LinkKind.Data },
        _ => null,
    };

    private static readonly string[] s_markerWords =
    [
        "pdf", "bib", "abs", "video", "poster", "slides", "code", "software", "data", "dataset",
        "note", "attachment", "presentation", "supplementary", "erratum", "revision", "award",
    ];

    /// <summary>Whether a line is an entry's link row, such as <c>pdf bib</c> or <c>pdf bib abs video</c>.</summary>
    internal static bool IsLinkMarker(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > 80)
        {
            return false;
        }

        var sawCore = false;
        while (!line.IsEmpty)
        {
            var space = line.IndexOf(' ');
            var word = space < 0 ? line : line[..space];
            line = space < 0 ? default : line[(space + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!IsMarkerWord(word))
            {
                return false;
            }

            sawCore |= word.Equals("pdf", StringComparison.OrdinalIgnoreCase) || word.Equals("bib", StringComparison.OrdinalIgnoreCase);
        }

        return sawCore;
    }

    /// <summary>
    /// The length of a link row that starts a longer line (<c>pdf bib abs Title…</c>): at least
    /// <c>pdf</c> and <c>bib</c> before the first other word; 0 when the line does not start so.
    /// </summary>
    internal static int LeadingMarkersLength(ReadOnlySpan<char> line)
    {
        if (line.Length > 2000)
        {
            return 0;
        }

        var offset = 0;
        var end = 0;
        bool pdf = false, bib = false;
        while (offset < line.Length)
        {
            var space = line[offset..].IndexOf(' ');
            var word = space < 0 ? line[offset..] : line.Slice(offset, space);
            if (!word.IsEmpty && !IsMarkerWord(word))
            {
                break;
            }

            pdf |= word.Equals("pdf", StringComparison.OrdinalIgnoreCase);
            bib |= word.Equals("bib", StringComparison.OrdinalIgnoreCase);
            end = offset + word.Length;
            offset = space < 0 ? line.Length : offset + space + 1;
        }

        return pdf && bib && end < line.Length && offset < line.Length ? end : 0;
    }

    private static bool IsMarkerWord(ReadOnlySpan<char> word)
    {
        foreach (var candidate in s_markerWords)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYearHeading(ReadOnlySpan<char> line, out int year)
    {
        year = 0;
        return line.Length == 4
            && int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= 1950 and <= 2100;
    }

    private static bool EndsLikeSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ')' or '"' or '\u201D' or '\'' or ']';
    }

    private static int LastNonEmptyLine(SourceText text)
    {
        for (var n = text.LineCount; n >= 1; n--)
        {
            if (!text.GetLine(n).IsWhiteSpace())
            {
                return n;
            }
        }

        return 0;
    }

    private static string Shorten(ReadOnlySpan<char> text) => PaperPages.Excerpt.Of(text);

    private static string Shorten(string text) => Shorten(text.AsSpan());
}
