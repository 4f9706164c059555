using System.Globalization;
using Scholarly.Parsing.Formats.PaperPages;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.GoogleScholar;

/// <summary>
/// Reads a Google Scholar profile (<c>scholar.google.com/citations?user=…</c>), copied or saved, in
/// English: the name (all-capitals names keep their writing and get readable parts), affiliation,
/// interests, the "Cited by" table (citations, h-index and i10-index, all time and since a year)
/// and the article rows (title, authors with Scholar's <c>...</c> cut, venue with volume, issue and
/// pages, "Cited by" count as a paper metric, year). From saved HTML the interests are split exactly
/// and the profile and article ids are read from the links.
/// </summary>
public sealed class GoogleScholarProfileFormat : IFormatParser
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "google-scholar/profile";

    /// <inheritdoc />
    public string Id => FormatId;

    /// <inheritdoc />
    public string DisplayName => "Google Scholar profile";

    /// <inheritdoc />
    public FormatMatch Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int metricRows = 0, rowEnds = 0;
        bool i10 = false, header = false, verified = false;
        foreach (var raw in new LineEnumerator(text.DetectionWindow))
        {
            var trimmed = raw.Trim();
            if (trimmed.IsEmpty || trimmed.Length > 1000 || !MayBeProfileLine(raw, trimmed))
            {
                continue;
            }

            var line = trimmed.ToString();
            if (ScholarText.TryReadMetricRow(line, out _, out var kind, out _))
            {
                metricRows++;
                i10 |= kind == MetricKinds.I10Index;
            }
            else if (ScholarText.TryReadMetricHeader(line, out var period) && period is not null)
            {
                header = true;
            }
            else if (IsEmailLine(line))
            {
                verified = true;
            }
            else if (raw.Contains('\t') && ScholarText.TryReadRowEnd(raw.ToString(), out _, out _, out _))
            {
                rowEnds++;
            }
        }

        if (!i10 && !(verified && rowEnds > 0))
        {
            return FormatMatch.None("no \"i10-index\" row and no profile header with article rows");
        }

        var confidence = (i10 ? 0.55 : 0.4) + (metricRows >= 3 ? 0.1 : 0) + (header ? 0.1 : 0) + (verified ? 0.1 : 0) + (rowEnds > 0 ? 0.1 : 0) + (rowEnds >= 3 ? 0.05 : 0);
        return new FormatMatch(confidence, string.Create(CultureInfo.InvariantCulture,
            $"{metricRows} \"Cited by\" metric row(s){(i10 ? " with i10-index" : "")}, {rowEnds} article row(s){(verified ? ", an email verification line" : "")}"));
    }

    /// <inheritdoc />
    public ParsedDocument Parse(SourceText text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);

        var lines = new List<PageLine>(text.LineCount);
        for (var number = 1; number <= text.LineCount; number++)
        {
            var line = PageLine.Read(text, number);
            if (!line.IsBlank)
            {
                lines.Add(line);
            }
        }

        var metrics = ReadMetrics(lines, context, out var metricsEnd);
        var subject = ReadSubject(lines, metricsEnd, metrics, context, out var tableStart);
        var papers = ReadArticles(text, lines, tableStart, context);
        var document = new ParsedDocument { Subject = subject, Papers = [.. papers] };
        return text.Html is { } page ? GoogleScholarProfileMarkup.Enrich(document, page) : document;
    }

    // Only these lines can count: tables (tabs), metric rows, the header row and the email line.
    private static bool MayBeProfileLine(ReadOnlySpan<char> raw, ReadOnlySpan<char> trimmed) =>
        raw.Contains('\t') || trimmed[0] is 'C' or 'c' or 'h' or 'H' or 'i' or 'I' or 'A' or 'V' or 'N';

    private static bool IsEmailLine(string line) =>
        line.StartsWith("Verified email at ", StringComparison.Ordinal) || line.StartsWith("No verified email", StringComparison.Ordinal);

    private static List<Metric> ReadMetrics(List<PageLine> lines, ParseContext context, out int end)
    {
        var metrics = new List<Metric>();
        string? recent = null;
        var headerSeen = false;
        end = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!headerSeen && ScholarText.TryReadMetricHeader(line.Text, out var period))
            {
                headerSeen = true;
                recent = period;
                continue;
            }

            if (!ScholarText.TryReadMetricRow(line.Text, out var label, out var kind, out var values) || metrics.Exists(m => m.Kind == kind))
            {
                continue;
            }

            end = i;
            var source = context.SourceAt(line.Number, line.Number);
            metrics.Add(new Metric { Kind = kind, Value = values[0], Unit = MetricUnit.Count, Label = Label(label, values[0]), Source = source });
            if (values.Count == 2)
            {
                if (recent is null)
                {
                    context.Report(DiagnosticCodes.InferredValue, DiagnosticSeverity.Info,
                        $"The \"{label}\" row has a second column but the table has no \"Since …\" header; its period is recorded as \"recent\".", line.Number, line.Column);
                }

                metrics.Add(new Metric { Kind = kind, Value = values[1], Unit = MetricUnit.Count, Period = recent ?? "recent", Label = Label(label, values[1]), Source = source });
            }
        }

        return metrics;

        static string Label(string label, double value) => string.Create(CultureInfo.InvariantCulture, $"{label} {value}");
    }

    private static Author? ReadSubject(List<PageLine> lines, int metricsEnd, List<Metric> metrics, ParseContext context, out int tableStart)
    {
        // The header is "Follow", the name, the affiliation, the email line and the interests; the
        // "Cited by" sidebar comes before it in the page, the article table after it.
        var email = lines.FindIndex(metricsEnd + 1, l => IsEmailLine(l.Text));
        var follow = lines.FindLastIndex(email >= 0 ? email : lines.Count - 1, l => l.Text == "Follow");
        var nameIndex = follow >= 0 ? follow + 1 : email >= 2 ? email - 2 : email == 1 ? 0 : -1;
        tableStart = Math.Max(metricsEnd + 1, 0);
        if (nameIndex < 0 || nameIndex >= lines.Count || (email >= 0 && nameIndex >= email))
        {
            context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, "The profile's name could not be found (no \"Follow\" button or email line).", 1, 1);
            return metrics.Count == 0 ? null : new Author { Metrics = [.. metrics] };
        }

        var name = lines[nameIndex];
        var headerEnd = email >= 0 ? email : Math.Min(nameIndex + 2, lines.Count - 1);
        var affiliations = new List<Affiliation>();
        for (var i = nameIndex + 1; i < headerEnd; i++)
        {
            affiliations.Add(Affiliation.FromName(lines[i].Text));
        }

        var areas = new List<string>();
        var last = headerEnd;
        if (email >= 0 && email + 1 < lines.Count && IsInterestsLine(lines[email + 1].Text))
        {
            areas = ScholarText.SplitGluedInterests(lines[email + 1].Text);
            last = email + 1;
        }

        tableStart = last + 1;
        return new Author
        {
            Name = ReadName(name.Text),
            Affiliations = [.. affiliations],
            Metrics = [.. metrics],
            ResearchAreas = [.. areas],
            Source = context.SourceAt(name.Number, lines[Math.Min(last, lines.Count - 1)].Number),
        };
    }

    /// <summary>The name as written; an all-capitals name gets its parts in a readable case.</summary>
    internal static PersonName ReadName(string written)
    {
        var readable = ScholarText.ReadableCase(written);
        return PersonName.Parse(readable) with { Written = written };
    }

    private static bool IsInterestsLine(string line) =>
        !line.StartsWith("Articles", StringComparison.Ordinal) && !line.Contains('\t', StringComparison.Ordinal) && line != "Title";

    private static List<Paper> ReadArticles(SourceText text, List<PageLine> lines, int start, ParseContext context)
    {
        var papers = new List<Paper>();
        var row = new List<PageLine>();
        int? announced = null;
        for (var i = Math.Max(start, 0); i < lines.Count; i++)
        {
            var line = lines[i];
            var raw = text.GetLine(line.Number).ToString();
            if (IsTableHeader(line.Text))
            {
                row.Clear();
                continue;
            }

            if (ScholarText.TryReadRowEnd(raw, out var cellText, out var citedBy, out var year))
            {
                if (cellText.Length > 0)
                {
                    row.Add(new PageLine(line.Number, line.Column, cellText));
                }

                if (papers.Count >= context.Options.MaxEntries)
                {
                    context.Report(DiagnosticCodes.TooManyEntries, DiagnosticSeverity.Warning,
                        string.Create(CultureInfo.InvariantCulture, $"The profile has more than {context.Options.MaxEntries:N0} articles; the rest were not read."), line.Number, 1);
                    break;
                }

                context.CancellationToken.ThrowIfCancellationRequested();
                if (ReadArticle(row, citedBy, year, context) is { } paper)
                {
                    papers.Add(paper);
                }

                row.Clear();
            }
            else if (TryReadAnnouncedCount(line.Text, out var count))
            {
                announced = count;
                row.Clear();
            }
            else
            {
                row.Add(line);
            }
        }

        if (announced is { } expected && expected != papers.Count)
        {
            context.Report(DiagnosticCodes.CountMismatch, DiagnosticSeverity.Warning, string.Create(CultureInfo.InvariantCulture,
                $"The profile announces {expected} articles on the page but {papers.Count} were read."));
        }

        return papers;
    }

    private static bool IsTableHeader(string line) => line.EndsWith("\tYear", StringComparison.Ordinal) || line is "Title" or "Year";

    private static bool TryReadAnnouncedCount(string line, out int count)
    {
        // "Articles 1–20": the rows the page shows.
        count = 0;
        if (!line.StartsWith("Articles ", StringComparison.Ordinal))
        {
            return false;
        }

        var range = line["Articles ".Length..].Split(['–', '-'], StringSplitOptions.TrimEntries);
        return range.Length == 2
            && int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            && (count = last - first + 1) > 0;
    }

    private static Paper? ReadArticle(List<PageLine> row, string citedBy, string yearText, ParseContext context)
    {
        if (row.Count == 0)
        {
            context.Report(DiagnosticCodes.TruncatedEntry, DiagnosticSeverity.Warning, "An article row has a count or year but no title; it was skipped.");
            return null;
        }

        // Title, authors and venue are the cell's last three lines; anything above them is not part of the row.
        var first = Math.Max(0, row.Count - 3);
        for (var i = 0; i < first; i++)
        {
            context.Report(DiagnosticCodes.UnrecognisedLine, DiagnosticSeverity.Info, $"Skipped a line before an article: \"{Excerpt.Of(row[i].Text)}\".", row[i].Number, row[i].Column);
        }

        var title = row[first];
        string? authorLine = null;
        string? venueLine = null;
        if (row.Count - first == 3)
        {
            (authorLine, venueLine) = (row[first + 1].Text, row[first + 2].Text);
        }
        else if (row.Count - first == 2)
        {
            var second = row[first + 1].Text;
            if (ScholarText.LooksLikeAuthors(second))
            {
                authorLine = second;
            }
            else
            {
                venueLine = second;
            }
        }

        int? year = int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        var truncated = false;
        var authors = authorLine is null ? [] : ScholarText.SplitAuthors(authorLine, out truncated);
        string? pages = null;
        var venue = venueLine is null ? null : ScholarText.ReadVenue(venueLine, year, out pages);
        var identifiers = venue is not null && ScholarText.ArxivIdIn(venue.Name) is { } arxiv ? [new Identifier(IdentifierSchemes.Arxiv, arxiv)] : Array.Empty<Identifier>();
        var cited = ScholarText.ReadCitedBy(citedBy);
        var end = row[^1].Number;
        var source = context.SourceAt(title.Number, end);
        return new Paper
        {
            Title = title.Text,
            Authors = [.. authors.Select(PersonName.Parse)],
            AuthorsTruncated = truncated,
            Venue = venue,
            Pages = pages,
            Date = year is { } known ? PublicationDate.FromYear(known) : null,
            Identifiers = identifiers,
            Metrics = cited is { } count
                ? [new Metric { Kind = MetricKinds.Citations, Value = count, Unit = MetricUnit.Count, Label = "Cited by " + citedBy, Source = source }]
                : [],
            Source = source,
        };
    }
}
