using System.Text;
using System.Text.Unicode;

namespace Scholarly.Parsing.Html;

/// <summary>
/// Decodes the bytes of a saved HTML page: a byte-order mark wins; otherwise bytes that are valid
/// UTF-8 are read as UTF-8 whatever the page declares (saved pages are often re-encoded without
/// fixing their <c>&lt;meta charset&gt;</c>); otherwise the declared character set, or windows-1252
/// as browsers do when none is declared. Every guess is explained in <see cref="Decoded.Note"/>.
/// </summary>
internal static class HtmlCharset
{
    // Browsers look for <meta charset> in the first 1024 bytes; allow a little more for long heads.
    private const int PrescanLength = 4096;

    // windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, the euro sign).
    private const string Windows1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>The decoded markup and, when the encoding was guessed or the bytes did not fit it, why.</summary>
    /// <param name="Markup">The page's markup.</param>
    /// <param name="Note">A readable explanation of a charset problem, or <see langword="null"/>.</param>
    public readonly record struct Decoded(string Markup, string? Note);

    /// <summary>Decodes a page's bytes.</summary>
    /// <param name="bytes">The bytes (possibly cut short).</param>
    /// <param name="wasCut">Whether the bytes are only the beginning of the page (a sequence cut at the end is not an error).</param>
    public static Decoded Decode(ReadOnlySpan<byte> bytes, bool wasCut)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new(Encoding.UTF8.GetString(bytes[3..]), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(Encoding.Unicode.GetString(bytes[2..]), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), null);
        }

        var declared = FindDeclaredCharset(bytes[..Math.Min(bytes.Length, PrescanLength)]);
        var complete = wasCut ? WithoutCutSequence(bytes) : bytes;
        if (Utf8.IsValid(complete))
        {
            var note = declared is not null && !IsUtf8OrAscii(declared) && complete.ContainsAnyExceptInRange((byte)0, (byte)0x7F)
                ? $"The page declares the character set '{declared}', but its bytes are valid UTF-8; it was read as UTF-8."
                : null;
            return new(Encoding.UTF8.GetString(complete), note);
        }

        if (declared is not null && IsUtf8OrAscii(declared))
        {
            return new(Encoding.UTF8.GetString(bytes),
                $"The page declares the character set '{declared}', but holds bytes that are not UTF-8; they were replaced by U+FFFD.");
        }

        if (declared is not null && !IsWindows1252(declared))
        {
            var encoding = TryGetEncoding(declared);
            if (encoding is not null)
            {
                return new(encoding.GetString(bytes), null);
            }

            return new(DecodeWindows1252(bytes),
                $"The page declares the character set '{declared}', which this runtime cannot decode; it was read as windows-1252.");
        }

        return new(DecodeWindows1252(bytes), declared is null
            ? "The page declares no character set and its bytes are not UTF-8; it was read as windows-1252, as browsers do."
            : null);
    }

    /// <summary>Finds the charset of a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> content type near the start.</summary>
    internal static string? FindDeclaredCharset(ReadOnlySpan<byte> head)
    {
        Span<char> text = stackalloc char[head.Length];
        for (var i = 0; i < head.Length; i++)
        {
            text[i] = head[i] < 0x80 ? char.ToLowerInvariant((char)head[i]) : ' ';
        }

        ReadOnlySpan<char> rest = text;
        while (true)
        {
            var meta = rest.IndexOf("<meta", StringComparison.Ordinal);
            if (meta < 0)
            {
                return null;
            }

            rest = rest[(meta + "<meta".Length)..];
            var close = rest.IndexOf('>');
            var tag = close < 0 ? rest : rest[..close];
            var at = tag.IndexOf("charset", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var value = tag[(at + "charset".Length)..].TrimStart();
            if (value.IsEmpty || value[0] != '=')
            {
                continue;
            }

            value = value[1..].TrimStart().TrimStart("\"'");
            var end = value.IndexOfAny("\"'; /");
            var name = end < 0 ? value : value[..end];
            if (!name.IsEmpty)
            {
                return name.ToString();
            }
        }
    }

    private static ReadOnlySpan<byte> WithoutCutSequence(ReadOnlySpan<byte> bytes)
    {
        // Drop an incomplete UTF-8 sequence at the very end (at most three bytes).
        var end = bytes.Length;
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) != 0x80)
            {
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                end = needed > back ? bytes.Length - back : bytes.Length;
                break;
            }
        }

        return bytes[..end];
    }

    private static bool IsUtf8OrAscii(string charset) =>
        charset is "utf-8" or "utf8" or "unicode-1-1-utf-8" or "us-ascii" or "ascii";

    private static bool IsWindows1252(string charset) =>
        charset is "windows-1252" or "cp1252" or "x-cp1252" or "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "ansi_x3.4-1968";

    private static Encoding? TryGetEncoding(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            // Unknown name, or a code page the runtime lacks (no CodePagesEncodingProvider registered).
            return null;
        }
    }

    private static string DecodeWindows1252(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
            }
        });
}
