namespace Scholarly.Parsing.Formats.PaperPages;

/// <summary>Short quotations of page text for diagnostic messages.</summary>
internal static class Excerpt
{
    /// <summary>The text, cut to about <paramref name="maxLength"/> characters with <c>...</c>.</summary>
    public static string Of(ReadOnlySpan<char> text, int maxLength = 60)
    {
        if (text.Length <= maxLength)
        {
            return text.ToString();
        }

        // Never cut a surrogate pair in two: a lone half is invalid UTF-16 and does not survive JSON.
        var end = maxLength - 3;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Concat(text[..end], "...");
    }

    /// <summary>The end of the text, cut to about <paramref name="maxLength"/> characters with a leading <c>...</c>.</summary>
    public static string Tail(ReadOnlySpan<char> text, int maxLength = 30)
    {
        if (text.Length <= maxLength)
        {
            return text.ToString();
        }

        var start = text.Length - (maxLength - 3);
        if (char.IsLowSurrogate(text[start]))
        {
            start++;
        }

        return string.Concat("...", text[start..]);
    }
}
