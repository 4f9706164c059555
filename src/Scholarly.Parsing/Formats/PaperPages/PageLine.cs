using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.PaperPages;

/// <summary>One line of a page, trimmed, with its 1-based number and the 1-based column its text starts at.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Column">The 1-based column of the first character of <paramref name="Text"/>.</param>
/// <param name="Text">The line without leading and trailing whitespace.</param>
internal readonly record struct PageLine(int Number, int Column, string Text)
{
    /// <summary>Whether the line holds only whitespace.</summary>
    public bool IsBlank => Text.Length == 0;

    /// <summary>Reads a line of the page.</summary>
    public static PageLine Read(SourceText text, int number)
    {
        var raw = text.GetLine(number);
        var start = raw.TrimStart();
        return new PageLine(number, raw.Length - start.Length + 1, start.TrimEnd().ToString());
    }

    /// <summary>The part of the line from <paramref name="offset"/> on, trimmed, with its column.</summary>
    public PageLine From(int offset)
    {
        var rest = Text.AsSpan(Math.Min(offset, Text.Length));
        var trimmed = rest.TrimStart();
        return new PageLine(Number, Column + Text.Length - trimmed.Length, trimmed.TrimEnd().ToString());
    }
}
