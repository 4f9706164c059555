namespace Scholarly.Parsing.Html;

/// <summary>
/// Tells HTML from copied text by looking only at the start of the input: a doctype, an XML
/// declaration or comment followed by markup, or one of the tags a saved page starts with.
/// </summary>
internal static class HtmlSniffer
{
    // How far into the input the first tag may be (past a byte-order mark, blank lines and comments).
    private const int Window = 1024;

    private static readonly string[] s_openingTags = ["!doctype", "html", "head", "body", "meta", "title", "link", "base", "script", "style"];

    /// <summary>Whether text starts like an HTML document.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        text = text[..Math.Min(text.Length, Window)];
        var i = 0;
        while (i < text.Length)
        {
            i = SkipWhitespace(text, i);
            if (i >= text.Length || text[i] != '<')
            {
                return false;
            }

            var rest = text[(i + 1)..];
            if (rest.StartsWith("!--", StringComparison.Ordinal) || rest.StartsWith("?", StringComparison.Ordinal))
            {
                // A comment or an XML declaration may come first; the markup after it decides.
                var close = rest.IndexOf('>');
                if (close < 0)
                {
                    return false;
                }

                i += close + 2;
                continue;
            }

            return StartsWithOpeningTag(rest);
        }

        return false;
    }

    /// <summary>Whether bytes start like an HTML document in an ASCII-compatible encoding or UTF-16.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        bytes = bytes[..Math.Min(bytes.Length, Window)];
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? System.Text.Encoding.Unicode : System.Text.Encoding.BigEndianUnicode;
            return LooksLikeHtml(encoding.GetString(bytes[2..]));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        Span<char> chars = stackalloc char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            // Only the ASCII markup matters; anything else cannot start a tag.
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : '\uFFFD';
        }

        return LooksLikeHtml(chars);
    }

    private static bool StartsWithOpeningTag(ReadOnlySpan<char> rest)
    {
        foreach (var tag in s_openingTags)
        {
            if (rest.Length > tag.Length
                && rest.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
                && (char.IsWhiteSpace(rest[tag.Length]) || rest[tag.Length] is '>' or '/'))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipWhitespace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
        {
            i++;
        }

        return i;
    }
}
