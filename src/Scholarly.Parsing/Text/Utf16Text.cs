namespace Scholarly.Parsing.Text;

/// <summary>Keeps strings valid UTF-16, so they survive JSON and any encoder unchanged.</summary>
internal static class Utf16Text
{
    /// <summary>
    /// The text with every lone surrogate replaced by U+FFFD; the same instance when there is none
    /// (the usual case, checked without allocating).
    /// </summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        var first = IndexOfLoneSurrogate(text, 0);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i >= 0; i = IndexOfLoneSurrogate(text, i + 1))
        {
            chars[i] = '\uFFFD';
        }

        return new string(chars);
    }

    private static int IndexOfLoneSurrogate(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
