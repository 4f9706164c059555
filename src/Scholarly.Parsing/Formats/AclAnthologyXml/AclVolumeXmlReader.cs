using System.Globalization;
using System.Text;
using System.Xml;
using Scholarly.Parsing.Formats.AclAnthology;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.AclAnthologyXml;

/// <summary>
/// Streams ACL Anthology volume XML into papers, keeping the authors' Anthology person ids beside them
/// (the public format drops them; evaluations use them as ground truth). Never throws for content.
/// </summary>
internal sealed class AclVolumeXmlReader
{
    private const string AnthologyBase = "https://aclanthology.org/";

    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = true,
    };

    private readonly ParseContext _context;
    private readonly List<AclVolumeXmlPaper> _papers = [];
    private readonly StringBuilder _text = new();
    private string? _collectionId;
    private string? _volumeId;
    private string? _booktitle;
    private string? _publisher;
    private int? _year;
    private int? _month;
    private PaperBuilder? _current;

    private AclVolumeXmlReader(ParseContext context) => _context = context;

    /// <summary>Reads every paper of the text.</summary>
    public static List<AclVolumeXmlPaper> Read(SourceText text, ParseContext context)
    {
        var reader = new AclVolumeXmlReader(context);
        reader.ReadAll(text.Text);
        return reader._papers;
    }

    private void ReadAll(string text)
    {
        using var xml = XmlReader.Create(new StringReader(text), s_settings);
        var lines = xml as IXmlLineInfo;
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "paper" && _current is not null)
                {
                    Finish(lines?.LineNumber ?? 0);
                    continue;
                }

                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (_current is not null)
                {
                    ReadPaperField(xml);
                    continue;
                }

                switch (xml.LocalName)
                {
                    case "collection":
                        _collectionId = xml.GetAttribute("id");
                        break;
                    case "volume":
                        (_volumeId, _booktitle, _publisher, _year, _month) = (xml.GetAttribute("id"), null, null, null, null);
                        break;
                    case "booktitle":
                        _booktitle = ReadText(xml);
                        break;
                    case "publisher":
                        _publisher = ReadText(xml);
                        break;
                    case "year":
                        _year = ParseYear(ReadText(xml));
                        break;
                    case "month":
                        _month = ParseMonth(ReadText(xml));
                        break;
                    case "editor":
                        ReadText(xml); // editors are not authors
                        break;
                    case "paper":
                        if (_papers.Count >= _context.Options.MaxEntries)
                        {
                            _context.Report(DiagnosticCodes.TooManyEntries, DiagnosticSeverity.Warning,
                                $"The volume holds more than {_context.Options.MaxEntries} papers; the rest were not read.", lines?.LineNumber ?? 0);
                            return;
                        }

                        _context.CancellationToken.ThrowIfCancellationRequested();
                        _current = new PaperBuilder(xml.GetAttribute("id"), lines?.LineNumber ?? 0);
                        if (xml.IsEmptyElement)
                        {
                            Finish(lines?.LineNumber ?? 0);
                        }

                        break;
                }
            }

            if (_collectionId is null && _papers.Count == 0)
            {
                _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, "The XML has no <collection> root and no <paper> elements.");
            }
        }
        catch (XmlException e)
        {
            _context.Report(DiagnosticCodes.TruncatedEntry, DiagnosticSeverity.Error,
                $"The XML is malformed ({e.Message}); reading stopped there, {_papers.Count} paper(s) were read before it.", e.LineNumber, e.LinePosition);
            if (_current is { Title.Length: > 0 })
            {
                _current.Truncated = true;
                Finish(e.LineNumber);
            }
        }
    }

    private void ReadPaperField(XmlReader xml)
    {
        var paper = _current!;
        switch (xml.LocalName)
        {
            case "title":
                paper.Title = ReadText(xml);
                break;
            case "author":
                ReadAuthor(xml, paper);
                break;
            case "editor":
                ReadText(xml);
                break;
            case "abstract":
                paper.Abstract = ReadText(xml);
                break;
            case "pages":
                paper.Pages = ReadText(xml);
                break;
            case "doi":
                paper.Doi = ReadText(xml);
                break;
            case "url":
                paper.Url = ReadText(xml);
                break;
            case "year":
                paper.Year = ParseYear(ReadText(xml));
                break;
            case "language":
                paper.Language = LanguageTag(ReadText(xml));
                break;
            default:
                break; // video, attachment, bibkey, award, …: not part of the model
        }
    }

    private void ReadAuthor(XmlReader xml, PaperBuilder paper)
    {
        var id = xml.GetAttribute("id");
        string first = "", last = "";
        var affiliations = new List<string>();
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (xml.LocalName)
                {
                    case "first":
                        first = ReadText(xml);
                        break;
                    case "last":
                        last = ReadText(xml);
                        break;
                    case "affiliation":
                        var affiliation = ReadText(xml);
                        if (affiliation.Length > 0)
                        {
                            affiliations.Add(affiliation);
                        }

                        break;
                    default:
                        ReadText(xml);
                        break;
                }
            }
        }

        if (first.Length + last.Length == 0)
        {
            _context.Report(DiagnosticCodes.DroppedItem, DiagnosticSeverity.Warning,
                $"An author of paper {paper.Id ?? "?"} has no <first> or <last> name and was skipped.", paper.StartLine);
            return;
        }

        var index = paper.Authors.Count;
        paper.Authors.Add(new PersonName
        {
            Written = first.Length == 0 ? last : last.Length == 0 ? first : first + " " + last,
            Given = first.Length == 0 ? null : first,
            Family = last.Length == 0 ? null : last,
        });
        paper.AuthorIds.Add(string.IsNullOrWhiteSpace(id) ? null : id);
        foreach (var affiliation in affiliations)
        {
            paper.Affiliations.Add(new AuthorAffiliation { AuthorIndex = index, Affiliation = Affiliation.FromName(affiliation) });
        }
    }

    private void Finish(int endLine)
    {
        var b = _current!;
        _current = null;
        if (b.Title.Length == 0)
        {
            _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, $"Paper {b.Id ?? "?"} has no title.", b.StartLine);
        }

        var anthologyId = b.Url is { Length: > 0 } url && !url.Contains("://", StringComparison.Ordinal) ? url
            : _collectionId is not null && _volumeId is not null && b.Id is not null ? $"{_collectionId}-{_volumeId}.{b.Id}"
            : null;
        var identifiers = new List<Identifier>();
        var links = new List<Link>();
        if (anthologyId is not null)
        {
            identifiers.Add(new Identifier(IdentifierSchemes.AclAnthology, anthologyId));
            links.Add(new Link { Kind = LinkKind.Pdf, Url = AnthologyBase + anthologyId + ".pdf" });
        }
        else if (b.Url is { Length: > 0 } external)
        {
            links.Add(new Link { Kind = LinkKind.Page, Url = external });
        }

        if (b.Doi is { Length: > 0 } doi)
        {
            identifiers.Add(new Identifier(IdentifierSchemes.Doi, doi));
        }

        var year = b.Year ?? _year;
        var venue = _booktitle is { Length: > 0 } booktitle ? AclVenueDecoder.Decode(booktitle, year) : null;
        if (venue is not null && venue.Publisher is null && _publisher is { Length: > 0 })
        {
            venue = venue with { Publisher = _publisher };
        }

        var paper = new Paper
        {
            Title = b.Title,
            Language = b.Language,
            Authors = [.. b.Authors],
            AuthorAffiliations = [.. b.Affiliations],
            Venue = venue,
            Pages = b.Pages is { Length: > 0 } pages ? pages.Replace("--", "\u2013", StringComparison.Ordinal) : null,
            Date = year is { } y ? new PublicationDate { Year = y, Month = b.Year is null ? _month : null } : null,
            Abstract = b.Abstract is { Length: > 0 } text ? new PaperAbstract { Text = text, Language = b.Language, IsTruncated = b.Truncated } : null,
            Identifiers = [.. identifiers],
            Links = [.. links],
            Source = _context.SourceAt(Math.Max(1, b.StartLine), Math.Max(1, endLine)),
        };
        _papers.Add(new AclVolumeXmlPaper(paper, [.. b.AuthorIds]));
    }

    /// <summary>The text of the current element and its descendants (markup such as <c>&lt;fixed-case&gt;</c> dropped), whitespace collapsed; leaves the reader on the element's end.</summary>
    private string ReadText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return "";
        }

        _text.Clear();
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                _text.Append(xml.Value);
            }
        }

        return WhitespaceText.Collapse(_text.ToString());
    }

    private static int? ParseYear(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 9999 ? year : null;

    private static int? ParseMonth(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var m = 0; m < 12; m++)
        {
            if (text.Length >= 3 && names[m].StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }

        return null;
    }

    // The Anthology writes ISO 639-2 codes; the model wants BCP 47, which prefers the two-letter code.
    private static string? LanguageTag(string code) => code switch
    {
        "" => null,
        "eng" => "en",
        "fra" or "fre" => "fr",
        "deu" or "ger" => "de",
        "spa" => "es",
        "por" => "pt",
        "ita" => "it",
        "zho" or "chi" => "zh",
        "jpn" => "ja",
        "kor" => "ko",
        _ => code,
    };

    private sealed class PaperBuilder(string? id, int startLine)
    {
        public string? Id { get; } = id;

        public int StartLine { get; } = startLine;

        public string Title { get; set; } = "";

        public string? Abstract { get; set; }

        public string? Pages { get; set; }

        public string? Doi { get; set; }

        public string? Url { get; set; }

        public int? Year { get; set; }

        public string? Language { get; set; }

        public bool Truncated { get; set; }

        public List<PersonName> Authors { get; } = [];

        public List<string?> AuthorIds { get; } = [];

        public List<AuthorAffiliation> Affiliations { get; } = [];
    }
}
