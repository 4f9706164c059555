using System.Globalization;
using Scholarly.Parsing.Formats.Bibtex;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.Ris;

/// <summary>
/// Turns one RIS or Web of Science record into a <see cref="Paper"/>: known tags become model
/// properties, every other tag is kept in <see cref="Paper.ExtraFields"/> under its own name.
/// </summary>
internal sealed class RisPaperMapper
{
    // RIS reference types and the BibTeX entry types they correspond to.
    private static readonly Dictionary<string, string> s_types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["JOUR"] = "article", ["JFULL"] = "article", ["EJOUR"] = "article", ["MGZN"] = "article", ["NEWS"] = "article",
        ["Journal Article"] = "article", ["CONF"] = "inproceedings", ["CPAPER"] = "inproceedings", ["BOOK"] = "book",
        ["EBOOK"] = "book", ["EDBOOK"] = "book", ["CHAP"] = "incollection", ["ECHAP"] = "incollection",
        ["THES"] = "phdthesis", ["RPRT"] = "techreport", ["UNPB"] = "unpublished", ["GEN"] = "misc", ["ELEC"] = "misc",
        ["WEB"] = "misc", ["ICOMM"] = "misc", ["BLOG"] = "misc", ["DATA"] = "dataset", ["COMP"] = "software",
    };

    // Web of Science document types (PT).
    private static readonly Dictionary<string, string> s_wosTypes = new(StringComparer.Ordinal)
    {
        ["J"] = "article", ["B"] = "book", ["S"] = "incollection", ["C"] = "inproceedings", ["P"] = "patent",
    };

    private static readonly string[] s_venueTags = ["T2", "JF", "JO", "SO", "BT", "JA", "J2", "J1", "JI"];

    private readonly RisRecord _record;
    private readonly ParseContext _context;
    private readonly bool _wos;
    private readonly HashSet<RisTag> _consumed = new(ReferenceEqualityComparer.Instance);

    private RisPaperMapper(RisRecord record, ParseContext context, bool wos)
    {
        _record = record;
        _context = context;
        _wos = wos;
    }

    public static Paper Map(RisRecord record, ParseContext context, bool wos) => new RisPaperMapper(record, context, wos).Map();

    private Paper Map()
    {
        var type = ReadType();
        var title = Text(Take("TI") ?? Take("T1"));
        if (title is null && !_wos && Text(Get("ST")) is { } shortTitle)
        {
            // Only a short title: better than none, and the tag says which it is.
            title = shortTitle;
            Consume(Get("ST")!);
            _context.Report(DiagnosticCodes.InferredValue, DiagnosticSeverity.Info, "The record has no title (TI or T1); its short title (ST) was used.", _record.StartLine, 1);
        }
        else if (title is null)
        {
            _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Info, "The record has no title (TI or T1).", _record.StartLine, 1);
        }

        var paper = new Paper
        {
            Title = title ?? "",
            Authors = [.. ReadAuthors()],
            EntryType = type,
            Venue = ReadVenue(type),
            Pages = ReadPages(),
            Date = ReadDate(),
            Identifiers = Take(_wos ? "DI" : "DO") is { } doi && BibtexPaperMapper.StripDoiPrefix(doi.Value) is { Length: > 0 } value
                ? [new Identifier(IdentifierSchemes.Doi, value)]
                : default,
            Links = [.. ReadLinks()],
            Abstract = Text(Take("AB") ?? Take("N2")) is { } text ? new PaperAbstract { Text = text } : null,
            Keywords = [.. ReadKeywords()],
            Source = _context.SourceAt(_record.StartLine, _record.EndLine),
        };

        var extra = new List<ExtraField>();
        foreach (var tag in _record.Tags)
        {
            if (!_consumed.Contains(tag))
            {
                extra.Add(new ExtraField(tag.Name, tag.Value));
            }
        }

        return paper with { ExtraFields = [.. extra] };
    }

    private string? ReadType()
    {
        if (Get(_wos ? "PT" : "TY") is not { } tag)
        {
            return null;
        }

        if ((_wos ? s_wosTypes : s_types).TryGetValue(tag.Value, out var type))
        {
            Consume(tag);
            return type;
        }

        // An unknown type stays in the extra fields as written.
        return "misc";
    }

    private List<PersonName> ReadAuthors()
    {
        var names = new List<PersonName>();
        // Web of Science gives full names in AF and short ones in AU; the full ones are used when present.
        var tags = _wos && Get("AF") is not null ? ["AF"] : _wos ? ["AU"] : new[] { "AU", "A1" };
        foreach (var tag in _record.Tags)
        {
            if (!tags.Contains(tag.Name))
            {
                continue;
            }

            Consume(tag);
            foreach (var line in tag.Lines)
            {
                if (line.Trim() is { Length: > 0 } written)
                {
                    names.Add(ParseName(written));
                }
            }
        }

        return names;
    }

    /// <summary>Splits a RIS name, <c>Last, First, Suffix</c>; a name without commas follows BibTeX's rules, or <c>Last Initials</c>.</summary>
    internal static PersonName ParseName(string written)
    {
        written = WhitespaceText.Collapse(written);
        var parts = written.Split(',', 3, StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            var words = BibtexNames.Words(written);
            if (words.Count > 1 && IsInitials(words[^1]))
            {
                // "Fanning E.", the Medline style: the family name comes first.
                return new PersonName { Written = written, Family = string.Join(' ', words[..^1]), Given = words[^1] };
            }

            return BibtexNames.Parse(written, latex: false);
        }

        BibtexNames.SplitVonLast(BibtexNames.Words(parts[0]), out var von, out var last);
        return new PersonName
        {
            Written = written,
            Family = NullIfEmpty(string.Join(' ', last)),
            Particle = NullIfEmpty(string.Join(' ', von)),
            Given = NullIfEmpty(parts[1]),
            Suffix = parts.Length > 2 ? NullIfEmpty(parts[2]) : null,
        };
    }

    private static bool IsInitials(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('.' or '-'))
            {
                return false;
            }
        }

        return letters is > 0 and <= 3;
    }

    private Venue? ReadVenue(string? type)
    {
        string? name = null;
        foreach (var candidate in s_venueTags)
        {
            if (Get(candidate) is { } tag && Text(tag) is { } text)
            {
                name = text;
                Consume(tag);
                break;
            }
        }

        var volume = Text(Take("VL"));
        var issue = Text(Take("IS"));
        var publisher = Text(Take(_wos ? "PU" : "PB"));
        if (name is null && volume is null && issue is null && publisher is null)
        {
            return null;
        }

        return new Venue
        {
            Name = name ?? "",
            Kind = type is null ? VenueKind.Unknown : BibtexEntryTypes.KindOf(type),
            Volume = volume,
            Issue = issue,
            Publisher = publisher,
        };
    }

    private string? ReadPages()
    {
        var start = Text(Take(_wos ? "BP" : "SP"));
        var end = Text(Take("EP"));
        return (start, end) switch
        {
            (null, null) => null,
            (not null, null) => start,
            (null, not null) => end,
            _ => start + "–" + end,
        };
    }

    private PublicationDate? ReadDate()
    {
        PublicationDate? date = null;
        foreach (var name in _wos ? ["PY"] : new[] { "PY", "Y1", "DA" })
        {
            if (Get(name) is not { } tag)
            {
                continue;
            }

            if (!TryReadDate(tag.Value, out var read))
            {
                _context.Report(DiagnosticCodes.MalformedDate, DiagnosticSeverity.Info,
                    $"The date \"{tag.Value}\" ({tag.Name}) could not be read; it was kept as an extra field.", tag.Line, 1);
                continue;
            }

            if (date is null)
            {
                date = read;
                Consume(tag);
            }
            else if (read.Year == date.Year && read.Precision > date.Precision)
            {
                // "PY 2009" with "DA 2009/03/18": the more precise date of the same year.
                date = read;
                Consume(tag);
            }
        }

        if (_wos && date is not null && Get("PD") is { } published && ReadWosMonthDay(published.Value, date) is { } precise)
        {
            Consume(published);
            date = precise;
        }

        return date;
    }

    /// <summary>Reads RIS dates: <c>1948/07//</c>, <c>2014//</c>, <c>2009</c>, <c>2019-03-18</c>.</summary>
    internal static bool TryReadDate(string value, out PublicationDate date)
    {
        date = new PublicationDate();
        var text = value.Trim();
        if (text.Contains('-', StringComparison.Ordinal) && !text.Contains('/', StringComparison.Ordinal))
        {
            if (BibtexPaperMapper.TryReadIsoDate(text, out var y, out var m, out var d))
            {
                date = new PublicationDate { Year = y, Month = m, Day = d };
                return true;
            }

            return false;
        }

        var parts = text.Split('/');
        if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        int? month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mm) && mm is >= 1 and <= 12 ? mm : null;
        int? day = month is not null && parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dd)
            && dd >= 1 && dd <= DateTime.DaysInMonth(year, month.Value) ? dd : null;
        date = new PublicationDate { Year = year, Month = month, Day = day };
        return true;
    }

    // Web of Science's PD: "JUN 8", "JUN", "SUM".
    private static PublicationDate? ReadWosMonthDay(string value, PublicationDate date)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || BibtexPaperMapper.MonthNumber(parts[0]) is not { } month)
        {
            return null;
        }

        int? day = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && d >= 1 && d <= DateTime.DaysInMonth(date.Year, month) ? d : null;
        return date with { Month = month, Day = day };
    }

    private List<Link> ReadLinks()
    {
        var links = new List<Link>();
        foreach (var tag in _record.Tags)
        {
            var kind = tag.Name switch { "UR" => LinkKind.Page, "L1" => LinkKind.Pdf, _ => (LinkKind?)null };
            if (kind is null || _wos)
            {
                continue;
            }

            Consume(tag);
            foreach (var url in tag.Value.Split([';', ' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                links.Add(new Link { Kind = kind.Value, Url = url });
            }
        }

        return links;
    }

    private List<string> ReadKeywords()
    {
        var keywords = new List<string>();
        foreach (var tag in _record.Tags)
        {
            if (tag.Name != (_wos ? "DE" : "KW"))
            {
                continue;
            }

            Consume(tag);
            // RIS gives one keyword a tag; Web of Science joins them with semicolons over several lines.
            var separators = _wos ? new[] { ';' } : ['\n', ';'];
            foreach (var keyword in string.Join(_wos ? " " : "\n", tag.Lines).Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                keywords.Add(keyword);
            }
        }

        return keywords;
    }

    private static string? Text(RisTag? tag) => tag is null ? null : NullIfEmpty(WhitespaceText.Collapse(tag.Value));

    private RisTag? Get(string name) => _record.Tags.Find(t => t.Name == name);

    private RisTag? Take(string name)
    {
        var tag = Get(name);
        if (tag is not null)
        {
            Consume(tag);
        }

        return tag;
    }

    private void Consume(RisTag tag) => _consumed.Add(tag);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
