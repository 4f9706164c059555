using System.Globalization;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.Bibtex;

/// <summary>
/// Turns one entry into a <see cref="Paper"/>: known fields become model properties (their LaTeX
/// turned into text), every other field is kept in <see cref="Paper.ExtraFields"/> as written.
/// </summary>
internal sealed class BibtexPaperMapper
{
    private readonly BibtexEntry _entry;
    private readonly ParseContext _context;
    private readonly Dictionary<string, BibtexField> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<BibtexField> _consumed = new(ReferenceEqualityComparer.Instance);

    private BibtexPaperMapper(BibtexEntry entry, ParseContext context)
    {
        _entry = entry;
        _context = context;
        foreach (var field in entry.Fields)
        {
            if (!_fields.TryAdd(field.Name, field) && !field.IsInherited)
            {
                context.Report(DiagnosticCodes.MalformedValue, DiagnosticSeverity.Warning,
                    $"The field \"{field.Name}\" appears again in \"{entry.Key}\"; the first is used and this one kept as an extra field.",
                    field.Line, 1);
            }
        }
    }

    public static Paper Map(BibtexEntry entry, ParseContext context) => new BibtexPaperMapper(entry, context).Map();

    /// <summary>Turns a BibTeX value into text: whitespace collapsed, LaTeX rendered.</summary>
    public static string ToText(string raw) => LatexText.Clean(WhitespaceText.Collapse(raw));

    /// <summary>Reads a value that is not prose (a DOI, a URL): braces and escapes removed, nothing else rewritten.</summary>
    public static string Verbatim(string raw)
    {
        var value = raw.Trim();
        if (value.AsSpan().IndexOfAny("{}\\") < 0)
        {
            return value;
        }

        var builder = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\' && i + 1 < value.Length && value[i + 1] is '%' or '#' or '&' or '_' or '$' or '{' or '}' or '~')
            {
                builder.Append(value[++i]);
            }
            else if (c is not ('{' or '}'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The distinct brace-protected parts of a raw title, as text, in order.</summary>
    public static List<string> ProtectedSpans(string raw)
    {
        var spans = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var depth = 0;
        var start = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            switch (raw[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    if (depth == 0 && !(i + 1 < raw.Length && raw[i + 1] == '\\'))
                    {
                        start = i + 1;
                    }

                    depth++;
                    break;
                case '}' when depth > 0:
                    depth--;
                    if (depth == 0 && start >= 0)
                    {
                        var text = ToText(raw[start..i]);
                        if (text.Length > 0 && seen.Add(text))
                        {
                            spans.Add(text);
                        }

                        start = -1;
                    }

                    break;
            }
        }

        return spans;
    }

    private Paper Map()
    {
        var title = Take("title");
        if (title is null)
        {
            _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Info,
                $"The @{_entry.Type} entry \"{_entry.Key}\" has no title.", _entry.StartLine, 1);
        }

        var authors = new List<PersonName>();
        var truncated = false;
        if (Take("author") is { } author)
        {
            authors = BibtexNames.ParseList(author.Value, latex: true, out truncated);
        }

        var paper = new Paper
        {
            Title = title is null ? "" : ToText(title.Value),
            ProtectedTitleSpans = title is null ? default : [.. ProtectedSpans(WhitespaceText.Collapse(title.Value))],
            Authors = [.. authors],
            AuthorsTruncated = truncated,
            EntryType = _entry.Type,
            Date = ReadDate(),
            Venue = ReadVenue(),
            Pages = Take("pages") is { } pages ? NullIfEmpty(ToText(pages.Value)) : null,
            Identifiers = [.. ReadIdentifiers()],
            Links = Take("url") is { } url && Verbatim(url.Value) is { Length: > 0 } address
                ? [new Link { Kind = LinkKind.Page, Url = address }]
                : default,
            Abstract = ReadAbstract(),
            Keywords = [.. ReadKeywords()],
            Source = _context.SourceAt(_entry.StartLine, _entry.EndLine),
        };

        var extra = new List<ExtraField>();
        foreach (var field in _entry.Fields)
        {
            if (!_consumed.Contains(field))
            {
                extra.Add(new ExtraField(field.Name, field.Value));
            }
        }

        return paper with { ExtraFields = [.. extra] };
    }

    private PublicationDate? ReadDate()
    {
        var yearField = Get("year");
        int year;
        int? month = null;
        int? day = null;
        if (yearField is not null)
        {
            var text = ToText(yearField.Value);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year is < 1 or > 9999)
            {
                _context.Report(DiagnosticCodes.MalformedDate, DiagnosticSeverity.Warning,
                    $"The year \"{text}\" of \"{_entry.Key}\" is not a number; it was kept as an extra field.", yearField.Line, 1);
                return null;
            }

            Consume(yearField);
        }
        else if (Get("date") is { } dateField && TryReadIsoDate(ToText(dateField.Value), out year, out month, out day))
        {
            Consume(dateField);
            return new PublicationDate { Year = year, Month = month, Day = day };
        }
        else
        {
            return null;
        }

        if (Get("month") is { } monthField)
        {
            var text = ToText(monthField.Value);
            if (MonthNumber(text) is { } number)
            {
                month = number;
                Consume(monthField);
            }
            else
            {
                _context.Report(DiagnosticCodes.MalformedDate, DiagnosticSeverity.Info,
                    $"The month \"{text}\" of \"{_entry.Key}\" is not a month name or number; it was kept as an extra field.", monthField.Line, 1);
            }
        }

        if (month is not null && Get("day") is { } dayField
            && int.TryParse(ToText(dayField.Value), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && d >= 1 && d <= DateTime.DaysInMonth(year, month.Value))
        {
            day = d;
            Consume(dayField);
        }

        return new PublicationDate { Year = year, Month = month, Day = day };
    }

    /// <summary>Reads <c>2009</c>, <c>2009-08</c> or <c>2009-08-21</c>, and the start of a range such as <c>2009-08-21/2009-08-24</c>.</summary>
    internal static bool TryReadIsoDate(string text, out int year, out int? month, out int? day)
    {
        month = null;
        day = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var parts = (slash >= 0 ? text[..slash] : text).Split('-');
        year = 0;
        if (parts.Length > 3 || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < 1)
        {
            return false;
        }

        if (parts.Length > 1)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return true;
            }

            month = m;
            if (parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && d >= 1 && d <= DateTime.DaysInMonth(year, m))
            {
                day = d;
            }
        }

        return true;
    }

    /// <summary>A month from a name (<c>January</c>, <c>jan</c>, <c>Jan.</c>) or number; null when it is neither.</summary>
    internal static int? MonthNumber(string text)
    {
        var value = text.Trim().TrimEnd('.');
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        if (value.Length < 3)
        {
            return null;
        }

        var month = BibtexReader.MonthOfMacro(value[..3]);
        if (month == 0)
        {
            return null;
        }

        var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return value.Length == 3 || full.StartsWith(value, StringComparison.OrdinalIgnoreCase) ? month : null;
    }

    private Venue? ReadVenue()
    {
        string? name = null;
        foreach (var candidate in BibtexEntryTypes.VenueFields)
        {
            if (Get(candidate) is { } field && ToText(field.Value) is { Length: > 0 } text)
            {
                name = text;
                Consume(field);
                break;
            }
        }

        var volume = Text("volume");
        var issue = Text("number") ?? Text("issue");
        var publisher = Text("publisher");
        if (name is null && volume is null && issue is null && publisher is null)
        {
            return null;
        }

        return new Venue
        {
            Name = name ?? "",
            Kind = BibtexEntryTypes.KindOf(_entry.Type),
            Volume = volume,
            Issue = issue,
            Publisher = publisher,
        };
    }

    private List<Identifier> ReadIdentifiers()
    {
        var identifiers = new List<Identifier>();
        if (_entry.Key.Length > 0)
        {
            identifiers.Add(new Identifier(IdentifierSchemes.Bibtex, _entry.Key));
        }

        if (Take("doi") is { } doi && StripDoiPrefix(Verbatim(doi.Value)) is { Length: > 0 } value)
        {
            identifiers.Add(new Identifier(IdentifierSchemes.Doi, value));
        }

        var archive = Get("archiveprefix") ?? Get("eprinttype");
        if (Get("eprint") is { } eprint && archive is not null
            && string.Equals(Verbatim(archive.Value), "arxiv", StringComparison.OrdinalIgnoreCase))
        {
            Consume(eprint);
            Consume(archive);
            identifiers.Add(new Identifier(IdentifierSchemes.Arxiv, Verbatim(eprint.Value)));
        }

        return identifiers;
    }

    /// <summary>Removes <c>https://doi.org/</c>, <c>http://dx.doi.org/</c> or <c>doi:</c> before a DOI.</summary>
    internal static string StripDoiPrefix(string doi)
    {
        string[] prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"];
        foreach (var prefix in prefixes)
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return doi[prefix.Length..].Trim();
            }
        }

        return doi;
    }

    private PaperAbstract? ReadAbstract()
    {
        if (Take("abstract") is not { } field)
        {
            return null;
        }

        var text = ToText(field.Value);
        if (text.Length == 0)
        {
            return null;
        }

        var raw = field.Value.Trim();
        return new PaperAbstract { Text = text, Raw = raw == text ? null : raw };
    }

    private List<string> ReadKeywords()
    {
        var keywords = new List<string>();
        foreach (var name in (ReadOnlySpan<string>)["keywords", "keyword"])
        {
            if (Take(name) is not { } field)
            {
                continue;
            }

            foreach (var part in ToText(field.Value).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                keywords.Add(part);
            }
        }

        return keywords;
    }

    private string? Text(string name) => Take(name) is { } field ? NullIfEmpty(ToText(field.Value)) : null;

    private BibtexField? Get(string name) => _fields.GetValueOrDefault(name);

    private BibtexField? Take(string name)
    {
        var field = Get(name);
        if (field is not null)
        {
            Consume(field);
        }

        return field;
    }

    private void Consume(BibtexField field) => _consumed.Add(field);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
