using System.Globalization;
using Scholarly.Parsing.Formats.PaperPages;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.AclAnthology;

/// <summary>
/// Reads an ACL Anthology paper page (<c>aclanthology.org/N04-1001/</c>), copied or saved: the
/// title and author line above the details, the abstract when the page has one, and the details
/// table (<c>Anthology ID:</c>, <c>Volume:</c>, <c>Year:</c>, <c>Pages:</c>, <c>DOI:</c>,
/// <c>PDF:</c>, …) with each value on the label's line or the next. From saved HTML, the
/// <c>citation_*</c> meta tags fill what the text lacks and attachment links get their addresses.
/// </summary>
public sealed class AclAnthologyPaperFormat : IFormatParser
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "acl-anthology/paper";

    private const string AnthologyId = "Anthology ID";

    private static readonly string[] s_labels =
    [
        AnthologyId, "Volume", "Month", "Year", "Address", "Venues", "Venue", "SIGs", "SIG", "Publisher", "Note", "Pages",
        "Language", "URL", "DOI", "Bibkey", "Cite (ACL)", "Cite (Informal)", "Copy Citation", "PDF", "Video", "Software",
        "Code", "Dataset", "Data", "Attachment", "Poster", "Presentation", "Slides", "Supplementary", "Erratum", "Revision",
        "Award", "Editors", "Editor",
    ];

    private static readonly string[] s_months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <inheritdoc />
    public string Id => FormatId;

    /// <inheritdoc />
    public string DisplayName => "ACL Anthology paper page";

    /// <inheritdoc />
    public FormatMatch Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var labels = 0;
        var hasId = false;
        foreach (var raw in new LineEnumerator(text.DetectionWindow))
        {
            var line = raw.Trim();
            if (line.Length <= 200 && LabelledLine.TryRead(line, s_labels, out var label))
            {
                labels++;
                hasId |= label == AnthologyId;
            }
        }

        if (!hasId)
        {
            return labels >= 3
                ? new FormatMatch(0.35, string.Create(CultureInfo.InvariantCulture, $"{labels} ACL detail labels but no \"Anthology ID:\""))
                : FormatMatch.None("no \"Anthology ID:\" field");
        }

        return new FormatMatch(0.6 + 0.08 * Math.Min(labels - 1, 5),
            string.Create(CultureInfo.InvariantCulture, $"an \"Anthology ID:\" field and {labels - 1} other ACL detail label(s)"));
    }

    /// <inheritdoc />
    public ParsedDocument Parse(SourceText text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);

        var header = new List<PageLine>();
        var fields = new Dictionary<string, (int Line, string Value)>(StringComparer.Ordinal);
        string? pending = null;
        var lastFieldLine = 0;
        for (var number = 1; number <= text.LineCount; number++)
        {
            var line = PageLine.Read(text, number);
            if (LabelledLine.TryRead(line.Text, s_labels, out var label, out var value))
            {
                if (fields.ContainsKey(label))
                {
                    context.Report(DiagnosticCodes.DuplicateSection, DiagnosticSeverity.Info, $"The field \"{label}:\" appears again; the first one was kept.", number, line.Column);
                }
                else
                {
                    fields[label] = (number, value);
                }

                pending = value.Length == 0 ? label : null;
                lastFieldLine = number;
            }
            else if (fields.Count == 0)
            {
                header.Add(line);
            }
            else if (pending is not null && !line.IsBlank)
            {
                // The value of a label standing alone on its line (how the details table copies).
                fields[pending] = (fields[pending].Line, line.Text);
                pending = null;
                lastFieldLine = number;
            }

            // Lines after the details are the site's buttons and footer.
        }

        var paper = ReadPaper(header, fields, lastFieldLine, context);
        if (text.Html is { } page)
        {
            paper = AclAnthologyPaperMarkup.Enrich(paper, page);
        }

        return new ParsedDocument { Papers = [paper] };
    }

    private static Paper ReadPaper(List<PageLine> header, Dictionary<string, (int Line, string Value)> fields, int lastFieldLine, ParseContext context)
    {
        string? Field(string label) => fields.TryGetValue(label, out var field) && field.Value.Length > 0 ? field.Value : null;

        // The abstract, when there is one, sits under its own heading between the author line and the details.
        var abstractHeading = header.FindLastIndex(l => l.Text == "Abstract");
        var above = (abstractHeading >= 0 ? header[..abstractHeading] : header).FindAll(l => !l.IsBlank);
        var informalTitle = InformalCitationTitle(Field("Cite (Informal)"));
        var titleIndex = informalTitle is null ? -1 : above.FindLastIndex(l => l.Text == informalTitle);
        if (titleIndex < 0)
        {
            // Without the informal citation to confirm it, the title is the line above the authors.
            titleIndex = above.Count >= 2 ? above.Count - 2 : above.Count - 1;
        }

        var title = titleIndex >= 0 ? above[titleIndex].Text : informalTitle ?? "";
        var firstLine = titleIndex >= 0 ? above[titleIndex].Number : fields.Count > 0 ? fields.Values.Min(f => f.Line) : 1;
        if (title.Length == 0)
        {
            context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, "The page has no title above its details.", firstLine, 1);
        }

        EquatableArray<PersonName> authors = default;
        var truncated = false;
        if (titleIndex >= 0 && titleIndex + 1 < above.Count)
        {
            authors = [.. AuthorList.Split(above[titleIndex + 1].Text, ["and"], out truncated).Select(PersonName.Parse)];
        }
        else
        {
            context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, "The page has no author line under its title.", firstLine, 1);
        }

        var id = Field(AnthologyId);
        if (id is not null && (id.Contains(' ', StringComparison.Ordinal) || id.Contains('/', StringComparison.Ordinal)))
        {
            context.Report(DiagnosticCodes.MalformedValue, DiagnosticSeverity.Warning, $"The Anthology ID \"{id}\" is not an id; it was not kept.", fields[AnthologyId].Line, 1);
            id = null;
        }
        else if (id is null)
        {
            context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, "The page has no Anthology ID.", firstLine, 1);
        }

        int? year = int.TryParse(Field("Year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        var venue = ReadVenue(Field("Volume"), Field("Venue"), Field("Publisher"), year);
        year ??= venue?.Year;
        var month = ReadMonth(Field("Month"));

        PaperAbstract? paperAbstract = null;
        if (abstractHeading >= 0 && header.Skip(abstractHeading + 1).Any(l => !l.IsBlank))
        {
            var lines = header[(abstractHeading + 1)..];
            var clean = HardWrappedText.Join(lines);
            var raw = HardWrappedText.Raw(lines);
            paperAbstract = new PaperAbstract { Text = clean, Raw = raw == clean ? null : raw };
        }
        else
        {
            context.Report(DiagnosticCodes.MissingAbstract, DiagnosticSeverity.Info, $"The paper \"{Excerpt.Of(title)}\" has no abstract.", firstLine, 1);
        }

        return new Paper
        {
            Title = title,
            Authors = authors,
            AuthorsTruncated = truncated,
            Venue = venue,
            Pages = Field("Pages"),
            Date = year is { } known ? new PublicationDate { Year = known, Month = month } : null,
            Abstract = paperAbstract,
            Identifiers = [.. ReadIdentifiers(id, Field("DOI"))],
            Links = [.. ReadLinks(id, fields)],
            Note = Field("Note"),
            Source = context.SourceAt(firstLine, Math.Max(firstLine, lastFieldLine)),
        };
    }

    private static Venue? ReadVenue(string? volume, string? venueCode, string? publisher, int? year)
    {
        // "Venue:" holds the Anthology's short code (NAACL); "Venues:" joins several with "|".
        var code = venueCode is not null && !venueCode.Contains(' ', StringComparison.Ordinal) ? venueCode : null;
        if (volume is null)
        {
            return code is null ? null : new Venue { Name = code, Acronym = code, Year = year, Publisher = publisher };
        }

        var venue = AclVenueDecoder.Decode(volume, year);
        return venue with { Acronym = venue.Acronym ?? code, Publisher = publisher };
    }

    private static int? ReadMonth(string? month)
    {
        // "May 2 - May 7", "June", "Jun": the month the proceedings appeared, from its first word.
        var word = month?.Split([' ', '-', ',', '.'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (word is null || word.Length < 3)
        {
            return null;
        }

        var index = Array.FindIndex(s_months, m => m.StartsWith(word, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : null;
    }

    private static IEnumerable<Identifier> ReadIdentifiers(string? id, string? doi)
    {
        if (id is not null)
        {
            yield return new Identifier(IdentifierSchemes.AclAnthology, id);
        }

        if (DoiText.Normalise(doi) is { } normalised)
        {
            yield return new Identifier(IdentifierSchemes.Doi, normalised);
        }
    }

    private static IEnumerable<Link> ReadLinks(string? id, Dictionary<string, (int Line, string Value)> fields)
    {
        if (Url("PDF") is { } pdf)
        {
            yield return new Link { Kind = LinkKind.Pdf, Url = pdf };
        }

        if (id is not null)
        {
            // The Anthology serves every paper's BibTeX next to its page; the button copies it.
            yield return new Link { Kind = LinkKind.Bibtex, Url = AclAnthologyAuthorMarkup.Site.AbsoluteUri + id + ".bib" };
        }

        if (Url("URL") is { } page)
        {
            yield return new Link { Kind = LinkKind.Page, Url = page };
        }

        foreach (var (label, kind) in new[] { ("Video", LinkKind.Video), ("Software", LinkKind.Code), ("Code", LinkKind.Code), ("Data", LinkKind.Data), ("Dataset", LinkKind.Data) })
        {
            if (fields.TryGetValue(label, out var field) && field.Value.Length > 0)
            {
                yield return new Link { Kind = kind, Url = Url(label) };
            }
        }

        string? Url(string label) =>
            fields.TryGetValue(label, out var field) && Uri.TryCreate(field.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri.AbsoluteUri
                : null;
    }

    /// <summary>The title in <c>A Statistical Model … (Florian et al., NAACL 2004)</c>.</summary>
    private static string? InformalCitationTitle(string? citation)
    {
        if (citation is null || !citation.EndsWith(')'))
        {
            return null;
        }

        var open = citation.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 ? citation[..open].Trim() : null;
    }
}
