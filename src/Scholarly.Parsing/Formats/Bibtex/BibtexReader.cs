using System.Globalization;
using System.Text;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.Bibtex;

/// <summary>
/// Reads the entries of a <c>.bib</c> text: <c>@string</c> macros (with the standard month macros),
/// <c>@comment</c>, <c>@preamble</c>, and every other <c>@type{key, field = value, …}</c> entry,
/// known type or not. Text outside entries is a comment, as in BibTeX. One reader serves one parse.
/// </summary>
/// <remarks>
/// An entry can never reach past a line that starts another entry (<c>@word{</c> or <c>@word(</c> at the
/// start of a line), so an entry that never closes loses only itself, and every scan is bounded:
/// the whole text is read in linear time whatever its braces do.
/// </remarks>
internal sealed class BibtexReader
{
    // An expanded macro value longer than this is cut, so macros that double themselves stay small.
    private const int MaxMacroLength = 1 << 20;

    private static readonly string[] s_monthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private readonly SourceText _text;
    private readonly ParseContext _context;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<int> _entryStarts;
    private int _nextStart;

    // The characters macro expansion may still produce, so expansion stays linear in the input.
    private long _expansionBudget;
    private bool _budgetReported;

    private int _commentCheckLine;
    private bool _commentCheckLineIsComment;

    public BibtexReader(SourceText text, ParseContext context)
    {
        _text = text;
        _context = context;
        _entryStarts = FindEntryStarts(text.Text);
        _expansionBudget = 4L * text.Length + MaxMacroLength;
        for (var i = 0; i < 12; i++)
        {
            _macros[s_monthNames[i][..3]] = s_monthNames[i];
        }
    }

    /// <summary>The entries read, in source order.</summary>
    public List<BibtexEntry> Entries { get; } = [];

    /// <summary>Whether reading stopped at <see cref="ParseOptions.MaxEntries"/>.</summary>
    public bool Stopped { get; private set; }

    public void Read()
    {
        var text = _text.Text;
        var position = 0;
        while (position < text.Length && !Stopped)
        {
            var at = text.IndexOf('@', position);
            if (at < 0)
            {
                break;
            }

            position = ReadCommand(at);
        }
    }

    /// <summary>Whether a name is one of BibTeX's month macros (<c>jan</c> … <c>dec</c>).</summary>
    public static int MonthOfMacro(string name)
    {
        for (var i = 0; i < 12; i++)
        {
            if (string.Equals(s_monthNames[i][..3], name, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    // Reads the command at an '@'; returns where reading goes on.
    private int ReadCommand(int at)
    {
        var text = _text.Text;
        if (IsInPercentComment(at))
        {
            var lineEnd = text.IndexOf('\n', at);
            return lineEnd < 0 ? text.Length : lineEnd + 1;
        }

        var limit = NextEntryStart(at);
        var cursor = new BibtexCursor(text, at + 1, limit);
        cursor.SkipWhitespace();
        var type = cursor.ReadIdentifier().ToString().ToLowerInvariant();
        cursor.SkipWhitespace();
        var open = cursor.Peek;
        if (type.Length == 0 || open is not ('{' or '('))
        {
            // An '@' in text outside entries (an e-mail address, a stray sign) is a comment.
            return at + 1;
        }

        switch (type)
        {
            case "comment":
                SkipComment(ref cursor, open, at);
                return cursor.Position;
            case "preamble":
                cursor.Position++;
                cursor.SkipWhitespace();
                ReadValue(ref cursor);
                FinishCommand(ref cursor, open, "@preamble", at);
                return cursor.Position;
            case "string":
                cursor.Position++;
                ReadStringDefinition(ref cursor, open, at);
                return cursor.Position;
            default:
                if (Entries.Count >= _context.Options.MaxEntries)
                {
                    Stopped = true;
                    _context.Report(DiagnosticCodes.TooManyEntries, DiagnosticSeverity.Warning,
                        string.Create(CultureInfo.InvariantCulture, $"The file holds more than {_context.Options.MaxEntries:N0} entries; the rest were not read."),
                        Line(at), 1);
                    return text.Length;
                }

                if ((Entries.Count & 0x3FF) == 0x3FF)
                {
                    _context.CancellationToken.ThrowIfCancellationRequested();
                }

                cursor.Position++;
                ReadEntry(ref cursor, type, open, at);
                return cursor.Position;
        }
    }

    private void SkipComment(ref BibtexCursor cursor, char open, int at)
    {
        var closed = open == '{' ? cursor.ReadBraced(out _) : cursor.ReadParenthesised(out _);
        if (!closed)
        {
            ReportUnclosed("@comment", at);
        }
    }

    private void ReadStringDefinition(ref BibtexCursor cursor, char open, int at)
    {
        cursor.SkipWhitespace();
        var name = cursor.ReadToken().ToString();
        cursor.SkipWhitespace();
        if (name.Length == 0 || cursor.Peek != '=')
        {
            _context.Report(DiagnosticCodes.MalformedValue, DiagnosticSeverity.Warning,
                "An @string definition has no \"name = value\"; it was skipped.", Line(at), Column(at));
            SkipToClose(ref cursor, open);
            return;
        }

        cursor.Position++;
        cursor.SkipWhitespace();
        // The value is expanded now, with the macros defined so far: a macro that names itself finds
        // its old value (or none), so definitions can never loop.
        var value = ReadValue(ref cursor);
        _macros[name] = value;
        FinishCommand(ref cursor, open, "@string", at);
    }

    private void ReadEntry(ref BibtexCursor cursor, string type, char open, int at)
    {
        var close = open == '{' ? '}' : ')';
        cursor.SkipWhitespace();
        var keyStart = cursor.Position;
        var key = cursor.ReadToken().ToString();
        cursor.SkipWhitespace();
        if (cursor.Peek == '=')
        {
            // No key: what was read is the first field's name.
            cursor.Position = keyStart;
            key = "";
            _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning,
                $"The @{type} entry has no citation key.", Line(at), Column(at));
        }

        var entry = new BibtexEntry(type, key, Line(at));
        Entries.Add(entry);
        while (true)
        {
            var commas = cursor.SkipWhitespaceAndCommas();
            if (cursor.AtEnd)
            {
                ReportUnclosed(Describe(entry), at);
                break;
            }

            if (cursor.Peek == close)
            {
                cursor.Position++;
                break;
            }

            var fieldStart = cursor.Position;
            if (commas == 0 && entry.Fields.Count > 0)
            {
                _context.Report(DiagnosticCodes.MalformedValue, DiagnosticSeverity.Info,
                    $"A comma is missing before this field of {Describe(entry)}; the field was read anyway.", Line(fieldStart), Column(fieldStart));
            }

            if (!ReadField(ref cursor, entry, close, fieldStart))
            {
                break;
            }
        }

        entry.EndLine = Line(Math.Max(at, cursor.Position - 1));
    }

    // Reads "name = value"; false when the entry cannot go on (its end or an unclosed value).
    private bool ReadField(ref BibtexCursor cursor, BibtexEntry entry, char close, int fieldStart)
    {
        var name = cursor.ReadToken().ToString().ToLowerInvariant();
        cursor.SkipWhitespace();
        if (name.Length == 0 || cursor.Peek != '=')
        {
            var what = name.Length == 0 ? $"'{cursor.Peek}'" : $"\"{name}\" without '='";
            _context.Report(DiagnosticCodes.UnrecognisedLine, DiagnosticSeverity.Warning,
                $"Unexpected {what} in {Describe(entry)}; skipped to the next field.", Line(fieldStart), Column(fieldStart));
            return SkipToNextField(ref cursor, close);
        }

        cursor.Position++;
        cursor.SkipWhitespace();
        var value = ReadValue(ref cursor, out var closed);
        entry.Fields.Add(new BibtexField(name, value, Line(fieldStart)));
        if (!closed)
        {
            _context.Report(DiagnosticCodes.TruncatedEntry, DiagnosticSeverity.Warning,
                $"The value of \"{name}\" in {Describe(entry)} is not closed; it was read up to the next entry or the end of the file.",
                Line(fieldStart), Column(fieldStart));
            return false;
        }

        return true;
    }

    private string ReadValue(ref BibtexCursor cursor) => ReadValue(ref cursor, out _);

    // value = part ('#' part)*, where a part is {…}, "…", a number or a macro name.
    private string ReadValue(ref BibtexCursor cursor, out bool closed)
    {
        closed = true;
        string? single = null;
        StringBuilder? joined = null;
        while (true)
        {
            var partStart = cursor.Position;
            string part;
            switch (cursor.Peek)
            {
                case '{':
                    closed = cursor.ReadBraced(out var braced);
                    part = braced.ToString();
                    break;
                case '"':
                    closed = cursor.ReadQuoted(out var quoted);
                    part = quoted.ToString();
                    break;
                default:
                    var token = cursor.ReadToken();
                    part = token.IsEmpty ? "" : Expand(token, partStart);
                    break;
            }

            if (single is null)
            {
                single = part;
            }
            else
            {
                joined ??= new StringBuilder(single);
                joined.Append(part);
                if (joined.Length > MaxMacroLength * 4L)
                {
                    joined.Length = MaxMacroLength * 4;
                }
            }

            if (!closed)
            {
                break;
            }

            cursor.SkipWhitespace();
            if (cursor.Peek != '#')
            {
                break;
            }

            cursor.Position++;
            cursor.SkipWhitespace();
        }

        return joined?.ToString() ?? single ?? "";
    }

    private string Expand(ReadOnlySpan<char> token, int position)
    {
        if (token.IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return token.ToString();
        }

        var name = token.ToString();
        if (!_macros.TryGetValue(name, out var value))
        {
            _context.Report(DiagnosticCodes.UnresolvedReference, DiagnosticSeverity.Warning,
                $"The @string macro \"{name}\" is not defined; its name was kept as the value.", Line(position), Column(position));
            return name;
        }

        if (_expansionBudget < value.Length)
        {
            if (!_budgetReported)
            {
                _budgetReported = true;
                _context.Report(DiagnosticCodes.MalformedValue, DiagnosticSeverity.Warning,
                    $"@string macros expand to far more text than the file holds; from here on \"{name}\" and other long macros are kept as their names.",
                    Line(position), Column(position));
            }

            return name;
        }

        _expansionBudget -= value.Length;
        if (value.Length > MaxMacroLength)
        {
            return value[..MaxMacroLength];
        }

        return value;
    }

    // After a @string or @preamble value: the closing delimiter.
    private void FinishCommand(ref BibtexCursor cursor, char open, string what, int at)
    {
        cursor.SkipWhitespace();
        var close = open == '{' ? '}' : ')';
        if (cursor.Peek == close)
        {
            cursor.Position++;
            return;
        }

        ReportUnclosed(what, at);
        SkipToClose(ref cursor, open);
    }

    private static void SkipToClose(ref BibtexCursor cursor, char open)
    {
        var close = open == '{' ? '}' : ')';
        while (!cursor.AtEnd && cursor.Peek != close)
        {
            if (cursor.Peek == '{')
            {
                cursor.ReadBraced(out _);
            }
            else
            {
                cursor.Position++;
            }
        }

        if (!cursor.AtEnd)
        {
            cursor.Position++;
        }
    }

    // Skips to the next comma at depth 0, or the entry's end; false when the entry ended.
    private static bool SkipToNextField(ref BibtexCursor cursor, char close)
    {
        while (!cursor.AtEnd)
        {
            switch (cursor.Peek)
            {
                case ',':
                    return true;
                case '{':
                    cursor.ReadBraced(out _);
                    continue;
                case '"':
                    cursor.ReadQuoted(out _);
                    continue;
                default:
                    if (cursor.Peek == close)
                    {
                        cursor.Position++;
                        return false;
                    }

                    cursor.Position++;
                    continue;
            }
        }

        return false;
    }

    private void ReportUnclosed(string what, int at) =>
        _context.Report(DiagnosticCodes.TruncatedEntry, DiagnosticSeverity.Warning,
            $"{what} is not closed; it was read up to the next entry or the end of the file.", Line(at), Column(at));

    private static string Describe(BibtexEntry entry) =>
        entry.Key.Length > 0 ? $"the @{entry.Type} entry \"{entry.Key}\"" : $"an @{entry.Type} entry";

    private int Line(int position) => _text.GetLineNumber(position);

    private int Column(int position) => position - _text.GetLineStart(Line(position)) + 1;

    // The first entry start after a position: where an entry beginning there must end at the latest.
    private int NextEntryStart(int position)
    {
        while (_nextStart < _entryStarts.Count && _entryStarts[_nextStart] <= position)
        {
            _nextStart++;
        }

        return _nextStart < _entryStarts.Count ? _entryStarts[_nextStart] : _text.Length;
    }

    // Whether the line of an '@' outside entries starts with '%' (a comment line, as many tools write).
    // The answer is kept per line, so a line full of '@' signs is looked at once.
    private bool IsInPercentComment(int at)
    {
        var line = Line(at);
        if (line != _commentCheckLine)
        {
            _commentCheckLine = line;
            var start = _text.GetLineStart(line);
            var rest = _text.Text.AsSpan(start, at - start);
            var first = rest.IndexOfAnyExcept(" \t");
            _commentCheckLineIsComment = first >= 0 && rest[first] == '%';
        }

        return _commentCheckLineIsComment;
    }

    // Lines that start with "@word{" or "@word(": the places an unclosed entry gives way.
    private static List<int> FindEntryStarts(string text)
    {
        var starts = new List<int>();
        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var next = span[position..].IndexOf('@');
            if (next < 0)
            {
                break;
            }

            var at = position + next;
            position = at + 1;
            var lineStart = at;
            while (lineStart > 0 && span[lineStart - 1] is ' ' or '\t')
            {
                lineStart--;
            }

            if (lineStart > 0 && span[lineStart - 1] != '\n')
            {
                continue;
            }

            var i = at + 1;
            while (i < span.Length && (char.IsAsciiLetterOrDigit(span[i]) || span[i] is '_' or '-'))
            {
                i++;
            }

            while (i < span.Length && span[i] is ' ' or '\t')
            {
                i++;
            }

            if (i > at + 1 && i < span.Length && span[i] is '{' or '(')
            {
                starts.Add(at);
            }
        }

        return starts;
    }
}
