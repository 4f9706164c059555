using System.Buffers;

namespace Scholarly.Parsing.Formats.Bibtex;

/// <summary>
/// A forward-only position in BibTeX source, bounded by a limit (the start of the next entry), with
/// the few scans the grammar needs. Plain text is skipped with vectorised searches, and nesting is
/// counted rather than recursed into, so any input costs linear time and constant stack.
/// </summary>
/// <remarks>
/// A backslash escapes the character after it (<c>\{</c> and <c>\"</c> do not delimit), as in the
/// LaTeX the values hold; classic BibTeX counts escaped braces too, but every modern reader and the
/// library's own writer treat them as text.
/// </remarks>
internal ref struct BibtexCursor
{
    private static readonly SearchValues<char> s_braceDelimiters = SearchValues.Create("{}\\");
    private static readonly SearchValues<char> s_quoteDelimiters = SearchValues.Create("{}\\\"");

    // Characters that end a field name, a key or a bare value.
    private static readonly SearchValues<char> s_tokenEnd = SearchValues.Create(" \t\n\f\v=,#{}()\"");

    private readonly ReadOnlySpan<char> _text;

    public BibtexCursor(ReadOnlySpan<char> text, int position, int limit)
    {
        _text = text;
        Position = position;
        Limit = Math.Min(limit, text.Length);
    }

    /// <summary>The position of the next character to read.</summary>
    public int Position { get; set; }

    /// <summary>The position reading stops at (exclusive).</summary>
    public int Limit { get; }

    public readonly bool AtEnd => Position >= Limit;

    /// <summary>The next character, or <c>\0</c> at the limit.</summary>
    public readonly char Peek => Position < Limit ? _text[Position] : '\0';

    /// <summary>Skips whitespace.</summary>
    public void SkipWhitespace()
    {
        var rest = _text[Position..Limit];
        var skip = rest.IndexOfAnyExcept(" \t\n\f\v");
        Position = skip < 0 ? Limit : Position + skip;
    }

    /// <summary>Skips whitespace and commas; returns how many commas were skipped.</summary>
    public int SkipWhitespaceAndCommas()
    {
        var commas = 0;
        while (true)
        {
            SkipWhitespace();
            if (Peek != ',')
            {
                return commas;
            }

            commas++;
            Position++;
        }
    }

    /// <summary>Reads a name, key or bare value: everything up to whitespace or a delimiter.</summary>
    public ReadOnlySpan<char> ReadToken()
    {
        var rest = _text[Position..Limit];
        var end = rest.IndexOfAny(s_tokenEnd);
        end = end < 0 ? rest.Length : end;
        Position += end;
        return rest[..end];
    }

    /// <summary>Reads an entry type: ASCII letters, digits, <c>_</c> and <c>-</c>.</summary>
    public ReadOnlySpan<char> ReadIdentifier()
    {
        var start = Position;
        while (Position < Limit && (char.IsAsciiLetterOrDigit(_text[Position]) || _text[Position] is '_' or '-'))
        {
            Position++;
        }

        return _text[start..Position];
    }

    /// <summary>
    /// Reads a <c>{…}</c> group starting at the current <c>{</c>; <paramref name="content"/> is what is
    /// inside. Returns false when the limit comes first (the content then runs to the limit).
    /// </summary>
    public bool ReadBraced(out ReadOnlySpan<char> content) => ReadDelimited(s_braceDelimiters, '}', out content);

    /// <summary>Reads a <c>"…"</c> value starting at the current quote; braces inside must balance.</summary>
    public bool ReadQuoted(out ReadOnlySpan<char> content) => ReadDelimited(s_quoteDelimiters, '"', out content);

    /// <summary>Reads a <c>(…)</c> body (<c>@comment(…)</c>) counting only parentheses.</summary>
    public bool ReadParenthesised(out ReadOnlySpan<char> content)
    {
        var start = Position + 1;
        var depth = 0;
        for (var i = start; i < Limit; i++)
        {
            switch (_text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')' when depth == 0:
                    content = _text[start..i];
                    Position = i + 1;
                    return true;
                case ')':
                    depth--;
                    break;
            }
        }

        content = _text[start..Limit];
        Position = Limit;
        return false;
    }

    private bool ReadDelimited(SearchValues<char> delimiters, char close, out ReadOnlySpan<char> content)
    {
        var start = Position + 1;
        var i = start;
        var depth = 0;
        while (i < Limit)
        {
            var next = _text[i..Limit].IndexOfAny(delimiters);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = _text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == close && depth == 0)
            {
                content = _text[start..i];
                Position = i + 1;
                return true;
            }

            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0)
            {
                // A closing brace with no opening one ends a quoted value's entry; keep what came before.
                content = _text[start..i];
                Position = i;
                return false;
            }

            i++;
        }

        content = _text[start..Limit];
        Position = Limit;
        return false;
    }
}
