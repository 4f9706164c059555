namespace Scholarly.Parsing.Formats.PaperPages;

/// <summary>Short quotations of page text for diagnostic messages.</summary>
internal static class Excerpt
{
    /// <summary>The text, cut to about <paramref name="maxLength"/> characters with <c>...</c>.</summary>
    public static string Of(ReadOnlySpan<char> text, int maxLength = 60) =>
        text.Length <= maxLength ? text.ToString() : string.Concat(text[..(maxLength - 3)], "...");

    /// <summary>The end of the text, cut to about <paramref name="maxLength"/> characters with a leading <c>...</c>.</summary>
    public static string Tail(ReadOnlySpan<char> text, int maxLength = 30) =>
        text.Length <= maxLength ? text.ToString() : string.Concat("...", text[^(maxLength - 3)..]);
}
