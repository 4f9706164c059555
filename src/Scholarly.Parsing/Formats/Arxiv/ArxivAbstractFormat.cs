using System.Globalization;
using Scholarly.Parsing.Formats.PaperPages;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.Arxiv;

/// <summary>
/// Reads an arXiv abstract page (<c>arxiv.org/abs/2004.10162</c>), copied or saved, in the 2020 and
/// the current design: <c>Title:</c>, <c>Authors:</c>, <c>Abstract:</c>, the metadata table
/// (<c>Comments:</c>, <c>Subjects:</c> with the primary subject first, <c>Journal reference:</c>,
/// <c>DOI:</c>, <c>Cite as:</c> with the version shown), the submission dateline and the submission
/// history. The paper's venue is its journal reference when it has one, otherwise arXiv itself.
/// </summary>
public sealed class ArxivAbstractFormat : IFormatParser
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "arxiv/abstract";

    /// <summary>The site that relative links are resolved against.</summary>
    internal static readonly Uri Site = new("https://arxiv.org/");

    private const string TitleLabel = "Title";
    private const string AuthorsLabel = "Authors";
    private const string AbstractLabel = "Abstract";
    private const string CiteAsLabel = "Cite as";

    private static readonly string[] s_labels =
    [
        TitleLabel, AuthorsLabel, AbstractLabel, "Comments", "Subjects", "Journal reference", "Journal ref", "Related DOI", "DOI",
        "Report number", "MSC classes", "MSC class", "ACM classes", "ACM class", CiteAsLabel,
    ];

    // Lines that end a field's value: the page's buttons (one line when copied side by side) and the sections after the metadata.
    private static readonly string[] s_stops =
    [
        "Submission history", "Download PDF", "View PDF", "HTML (experimental)", "TeX Source", "Other Formats", "Other formats",
        "Full-text links:", "Download:", "Access Paper:", "Current browse context:", "References & Citations", "Bookmark",
        "Focus to learn more", "view license",
    ];

    /// <inheritdoc />
    public string Id => FormatId;

    /// <inheritdoc />
    public string DisplayName => "arXiv abstract page";

    /// <inheritdoc />
    public FormatMatch Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool title = false, authors = false;
        var arxivMarks = 0;
        foreach (var raw in new LineEnumerator(text.DetectionWindow))
        {
            var line = raw.Trim();
            if (line.Length > 2000)
            {
                continue;
            }

            if (LabelledLine.TryRead(line, s_labels, out var label))
            {
                title |= label == TitleLabel;
                authors |= label == AuthorsLabel;
                arxivMarks += label is "Subjects" or CiteAsLabel ? 1 : 0;
            }
            else if (ArxivText.IsDateline(line) || line.SequenceEqual("Submission history") || ArxivText.IsHistoryLine(line))
            {
                arxivMarks++;
            }
        }

        if (!title || !authors)
        {
            return FormatMatch.None("no \"Title:\" and \"Authors:\" lines");
        }

        return arxivMarks == 0
            ? new FormatMatch(0.3, "\"Title:\" and \"Authors:\" lines but nothing arXiv-specific")
            : new FormatMatch(0.6 + 0.1 * Math.Min(arxivMarks, 4),
                string.Create(CultureInfo.InvariantCulture, $"\"Title:\" and \"Authors:\" lines and {arxivMarks} arXiv mark(s) (subjects, citation id, submission dates)"));
    }

    /// <inheritdoc />
    public ParsedDocument Parse(SourceText text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);

        var fields = new Dictionary<string, (int Line, List<PageLine> Lines)>(StringComparer.Ordinal);
        List<PageLine>? open = null;
        string? dateline = null;
        var history = new List<PageLine>();
        var firstLine = 0;
        var lastLine = 0;
        for (var number = 1; number <= text.LineCount; number++)
        {
            var line = PageLine.Read(text, number);
            if (LabelledLine.TryRead(line.Text, s_labels, out var label, out var value))
            {
                open = [];
                if (value.Length > 0)
                {
                    open.Add(new PageLine(number, line.Column + line.Text.Length - value.Length, value));
                }

                if (!fields.TryAdd(label, (number, open)))
                {
                    context.Report(DiagnosticCodes.DuplicateSection, DiagnosticSeverity.Info, $"The field \"{label}:\" appears again; the first one was kept.", number, line.Column);
                    open = [];
                }

                firstLine = firstLine == 0 ? number : firstLine;
                lastLine = number;
            }
            else if (ArxivText.IsDateline(line.Text))
            {
                dateline = line.Text;
                open = null;
            }
            else if (ArxivText.IsHistoryLine(line.Text))
            {
                history.Add(line);
                lastLine = number;
                open = null;
            }
            else if (IsStop(line.Text))
            {
                open = null;
            }
            else if (open is not null && (!line.IsBlank || open.Count > 0))
            {
                open.Add(line);
                lastLine = line.IsBlank ? lastLine : number;
            }
        }

        var paper = ReadPaper(fields, dateline, history, firstLine, lastLine, context);
        if (text.Html is { } page)
        {
            paper = ArxivAbstractMarkup.Enrich(paper, page);
        }

        return new ParsedDocument { Papers = [paper] };
    }

    private static bool IsStop(string line)
    {
        foreach (var stop in s_stops)
        {
            if (line.StartsWith(stop, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return line.StartsWith("From: ", StringComparison.Ordinal);
    }

    private static Paper ReadPaper(
        Dictionary<string, (int Line, List<PageLine> Lines)> fields, string? dateline, List<PageLine> history, int firstLine, int lastLine, ParseContext context)
    {
        string? OneLine(string label) =>
            fields.TryGetValue(label, out var field) && field.Lines.Exists(l => !l.IsBlank)
                ? string.Join(' ', field.Lines.Where(l => !l.IsBlank).Select(l => l.Text))
                : null;

        var title = OneLine(TitleLabel) ?? "";
        if (title.Length == 0)
        {
            context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, "The page has no \"Title:\".", Math.Max(firstLine, 1), 1);
        }

        EquatableArray<PersonName> authors = default;
        var truncated = false;
        if (OneLine(AuthorsLabel) is { } authorLine)
        {
            authors = [.. AuthorList.Split(authorLine, ["and"], out truncated).Select(PersonName.Parse)];
        }
        else
        {
            context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, "The page has no \"Authors:\".", Math.Max(firstLine, 1), 1);
        }

        PaperAbstract? paperAbstract = null;
        if (fields.TryGetValue(AbstractLabel, out var abstractField) && abstractField.Lines.Exists(l => !l.IsBlank))
        {
            var clean = HardWrappedText.Join(abstractField.Lines);
            var raw = HardWrappedText.Raw(abstractField.Lines);
            paperAbstract = new PaperAbstract { Text = clean, Raw = raw == clean ? null : raw };
        }
        else
        {
            context.Report(DiagnosticCodes.MissingAbstract, DiagnosticSeverity.Info, $"The paper \"{Excerpt.Of(title)}\" has no abstract.", Math.Max(firstLine, 1), 1);
        }

        var (baseId, shownVersion) = ArxivText.ReadCitation(OneLine(CiteAsLabel));
        var versions = ReadVersions(history, dateline, context);
        shownVersion ??= ArxivText.ShownVersion(dateline) ?? (versions.Count == 1 ? versions[0].Version : null);
        if (baseId is null)
        {
            context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, "The page has no arXiv id (\"Cite as: arXiv:…\").", Math.Max(lastLine, 1), 1);
        }

        var categories = ArxivText.ReadSubjects(OneLine("Subjects"));
        var submitted = versions.Count > 0 ? versions[0].Date : ArxivText.SubmittedOn(dateline);
        var journal = OneLine("Journal reference") ?? OneLine("Journal ref");
        var venue = journal is not null
            ? new Venue { Name = journal, Kind = ArxivText.ClassifyJournal(journal), Year = ArxivText.FindYear(journal) }
            : new Venue { Name = "arXiv", Kind = VenueKind.Preprint, Year = submitted?.Year };

        var identifiers = new List<Identifier>();
        if (baseId is not null)
        {
            identifiers.Add(new Identifier(IdentifierSchemes.Arxiv, baseId));
            if (shownVersion is not null)
            {
                identifiers.Add(new Identifier(IdentifierSchemes.Arxiv, baseId + shownVersion));
            }
        }

        foreach (var token in (OneLine("DOI") ?? OneLine("Related DOI") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (DoiText.Normalise(token) is { } doi)
            {
                identifiers.Add(new Identifier(IdentifierSchemes.Doi, doi));
            }
        }

        return new Paper
        {
            Title = title,
            Authors = authors,
            AuthorsTruncated = truncated,
            Venue = venue,
            Date = submitted,
            Abstract = paperAbstract,
            Categories = [.. categories],
            Identifiers = [.. identifiers],
            Links = baseId is null ? [] : [new Link { Kind = LinkKind.Pdf, Url = Site.AbsoluteUri + "pdf/" + baseId + shownVersion }],
            Versions = [.. versions],
            Note = OneLine("Comments"),
            Source = context.SourceAt(Math.Max(firstLine, 1), Math.Max(lastLine, firstLine)),
        };
    }

    private static List<PaperVersion> ReadVersions(List<PageLine> history, string? dateline, ParseContext context)
    {
        var versions = new List<PaperVersion>();
        foreach (var line in history)
        {
            var version = ArxivText.ReadHistoryLine(line.Text, out var date);
            if (date is null)
            {
                context.Report(DiagnosticCodes.MalformedDate, DiagnosticSeverity.Warning, $"The date of {version} could not be read: \"{Excerpt.Of(line.Text)}\".", line.Number, line.Column);
            }

            versions.Add(new PaperVersion { Version = version, Date = date });
        }

        if (versions.Count == 0 && ArxivText.SubmittedOn(dateline) is { } first)
        {
            // Without the history, the dateline names the first version and the one shown.
            versions.Add(new PaperVersion { Version = "v1", Date = first });
            if (ArxivText.ShownVersion(dateline) is { } shown && shown != "v1")
            {
                versions.Add(new PaperVersion { Version = shown, Date = ArxivText.LastRevised(dateline) });
            }
        }

        return versions;
    }
}
