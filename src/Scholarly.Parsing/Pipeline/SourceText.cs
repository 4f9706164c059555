using System.Buffers;
using System.Text;
using Scholarly.Parsing.Html;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Pipeline;

/// <summary>
/// A page's text, normalised once so every format sees the same thing: line ends become <c>\n</c>,
/// no-break spaces become spaces, zero-width characters and byte-order marks are removed, and the
/// text is in Unicode normalisation form C. Keeps a line index for positions in diagnostics.
/// HTML (<see cref="FromHtml"/>) is rendered to the text a browser shows, and the parsed page is kept
/// for formats that read the markup where it is more precise.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SourceText
{
    /// <summary>How many characters <see cref="IFormatParser.Detect"/> should look at (8 KB).</summary>
    public const int DetectionWindowLength = 8 * 1024;

    // Characters that need rewriting; text without any of them (the common case) is kept as is.
    private static readonly SearchValues<char> s_needsNormalising = SearchValues.Create(
        "\r\u00A0\u2007\u202F\u200B\u200C\u200D\u2060\uFEFF\u2028\u2029\u0085");

    private readonly int[] _lineStarts;

    private SourceText(string text, Uri? uri, int originalLength, bool isTruncated, bool hadInvalidCharacters, HtmlPage? html = null, string? encodingNote = null)
    {
        Text = text;
        Uri = uri;
        OriginalLength = originalLength;
        IsTruncated = isTruncated;
        HadInvalidCharacters = hadInvalidCharacters;
        Html = html;
        EncodingNote = encodingNote;
        _lineStarts = BuildLineStarts(text);
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>The page's address, when known.</summary>
    public Uri? Uri { get; }

    /// <summary>The number of characters of the normalised text.</summary>
    public int Length => Text.Length;

    /// <summary>
    /// The length of the input in characters before it was cut to the maximum length (for a stream
    /// cut short, the number of characters read).
    /// </summary>
    public int OriginalLength { get; }

    /// <summary>Whether the input was longer than the maximum length and only its beginning is held.</summary>
    public bool IsTruncated { get; }

    /// <summary>Whether the input held invalid UTF-16 (lone surrogates) or noncharacters that were replaced by U+FFFD.</summary>
    public bool HadInvalidCharacters { get; }

    /// <summary>Whether the input was HTML; <see cref="Text"/> is then the page's visible text.</summary>
    public bool IsHtml => Html is not null;

    /// <summary>
    /// The HTML that was read, when the input was HTML (after any cut to the maximum length);
    /// otherwise <see langword="null"/>. A plugin that needs the markup can parse it with any HTML parser.
    /// </summary>
    public string? Markup => Html?.Markup;

    /// <summary>The parsed page when the input was HTML, for formats that read the markup; only ever read from.</summary>
    internal HtmlPage? Html { get; }

    /// <summary>Why the bytes of an HTML page were decoded as they were, when the charset was guessed or wrong.</summary>
    internal string? EncodingNote { get; }

    /// <summary>The number of lines (an empty text has one empty line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The beginning of the text that detection looks at (at most <see cref="DetectionWindowLength"/> characters).</summary>
    public ReadOnlySpan<char> DetectionWindow => Text.AsSpan(0, Math.Min(Text.Length, DetectionWindowLength));

    /// <summary>Normalises a string.</summary>
    /// <param name="text">The page's text.</param>
    /// <param name="uri">The page's address, if known.</param>
    /// <param name="maxLength">The most characters kept; longer text is cut at the last line break before the limit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static SourceText From(string text, Uri? uri = null, int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        return Create(text, uri, maxLength, inputWasLonger: false);
    }

    /// <summary>
    /// Parses HTML and keeps the text a browser shows (as select-all and copy gives it), normalised
    /// like <see cref="From(string, Uri?, int)"/>. No script runs and nothing is requested: style
    /// sheets, scripts, images and frames stay unloaded, and <c>&lt;base href&gt;</c> is not followed.
    /// </summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="uri">The page's address, if known.</param>
    /// <param name="maxLength">
    /// The most characters of markup read; longer markup is cut before the last tag that starts
    /// before the limit (the parser closes what is left open).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    public static SourceText FromHtml(string html, Uri? uri = null, int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        return CreateFromHtml(html, uri, maxLength, inputWasLonger: false, encodingNote: null);
    }

    /// <summary>Parses HTML decoded from bytes; see <see cref="FromHtml(string, Uri?, int)"/>.</summary>
    internal static SourceText CreateFromHtml(string html, Uri? uri, int maxLength, bool inputWasLonger, string? encodingNote)
    {
        var truncated = inputWasLonger;
        var markup = html;
        if (markup.Length > maxLength)
        {
            markup = CutBeforeTag(markup, maxLength);
            truncated = true;
        }

        // Formats read attributes and ids from the DOM, which the normalisation of the rendered text never sees:
        // replace lone surrogates in the markup itself, so no string of the model can hold one.
        var validMarkup = Utf16Text.ReplaceLoneSurrogates(markup);
        var page = HtmlPage.Parse(validMarkup);
        var text = Normalise(page.RenderText(), out var hadInvalid);
        return new SourceText(text, uri, html.Length, truncated, hadInvalid || !ReferenceEquals(validMarkup, markup), page, encodingNote);
    }

    /// <summary>Reads and normalises text from a stream (UTF-8 unless a byte-order mark says otherwise).</summary>
    /// <param name="stream">The stream; it is read to the end but not closed.</param>
    /// <param name="uri">The page's address, if known.</param>
    /// <param name="maxLength">The most characters kept.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static SourceText From(Stream stream, Uri? uri = null, int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        if (maxLength == int.MaxValue)
        {
            return From(reader.ReadToEnd(), uri);
        }

        // Read one character past the limit so an over-long input is noticed without reading all of it.
        var buffer = new char[Math.Min(maxLength + 1L, int.MaxValue - 64)];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return Create(new string(buffer, 0, read), uri, maxLength, inputWasLonger: read == buffer.Length);
    }

    /// <summary>
    /// Reads a page from a stream as <see cref="FromHtml"/> does when its first bytes look like HTML
    /// (the charset decided by <see cref="HtmlCharset"/>), otherwise as <see cref="From(Stream, Uri?, int)"/> does.
    /// </summary>
    internal static SourceText FromPage(Stream stream, Uri? uri, int maxLength)
    {
        var ahead = PrefixedStream.ReadAhead(stream, 1024);
        if (!HtmlSniffer.LooksLikeHtml(ahead.Prefix))
        {
            return From(ahead, uri, maxLength);
        }

        // A character takes at most three UTF-8 bytes (four for a surrogate pair, which is two characters).
        var byteLimit = (int)Math.Min(maxLength * 3L + 4, Array.MaxLength - 1);
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (bytes.Length <= byteLimit && (read = ahead.Read(buffer, 0, (int)Math.Min(buffer.Length, byteLimit + 1 - bytes.Length))) > 0)
        {
            bytes.Write(buffer, 0, read);
        }

        var wasCut = bytes.Length > byteLimit;
        var content = bytes.GetBuffer().AsSpan(0, (int)Math.Min(bytes.Length, byteLimit));
        var decoded = HtmlCharset.Decode(content, wasCut);
        return CreateFromHtml(decoded.Markup, uri, maxLength, wasCut, decoded.Note);
    }

    /// <summary>The 1-based line number of a character position.</summary>
    /// <param name="position">A position in <see cref="Text"/> (0-based).</param>
    public int GetLineNumber(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        var index = Array.BinarySearch(_lineStarts, Math.Min(position, Text.Length));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>The position in <see cref="Text"/> where a line starts.</summary>
    /// <param name="lineNumber">A 1-based line number.</param>
    public int GetLineStart(int lineNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lineNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lineNumber, LineCount);
        return _lineStarts[lineNumber - 1];
    }

    /// <summary>A line's text without its line break.</summary>
    /// <param name="lineNumber">A 1-based line number.</param>
    public ReadOnlySpan<char> GetLine(int lineNumber)
    {
        var start = GetLineStart(lineNumber);
        var end = lineNumber < LineCount ? _lineStarts[lineNumber] - 1 : Text.Length;
        return Text.AsSpan(start, end - start);
    }

    /// <summary>Returns the text.</summary>
    public override string ToString() => Text;

    private static SourceText Create(string text, Uri? uri, int maxLength, bool inputWasLonger)
    {
        var originalLength = text.Length;
        var truncated = inputWasLonger;
        if (text.Length > maxLength)
        {
            text = CutAtLineBreak(text, maxLength);
            truncated = true;
        }

        var normalised = Normalise(text, out var hadInvalid);
        return new SourceText(normalised, uri, originalLength, truncated, hadInvalid);
    }

    private static int[] BuildLineStarts(string text)
    {
        var starts = new List<int>(Math.Max(16, text.Length / 64)) { 0 };
        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var next = span[offset..].IndexOf('\n');
            if (next < 0)
            {
                break;
            }

            offset += next + 1;
            starts.Add(offset);
        }

        return starts.ToArray();
    }

    private static string CutAtLineBreak(string text, int maxLength)
    {
        var lastBreak = text.AsSpan(0, maxLength).LastIndexOfAny('\n', '\r');
        var cut = lastBreak > 0 ? lastBreak : maxLength;
        // Never split a surrogate pair.
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut];
    }

    /// <summary>Normalises a short text as <see cref="From(string, Uri?, int)"/> does, without building a line index.</summary>
    internal static string NormaliseLine(string text) => Normalise(text, out _);

    private static string CutBeforeTag(string markup, int maxLength)
    {
        var lastTag = markup.AsSpan(0, maxLength).LastIndexOf('<');
        var cut = lastTag > 0 ? lastTag : maxLength;
        if (cut > 0 && char.IsHighSurrogate(markup[cut - 1]))
        {
            cut--;
        }

        return markup[..cut];
    }

    private static string Normalise(string text, out bool hadInvalid)
    {
        hadInvalid = false;
        if (text.AsSpan().IndexOfAny(s_needsNormalising) >= 0)
        {
            text = Rewrite(text);
        }

        return ToFormC(text, ref hadInvalid);
    }

    private static string Rewrite(string text)
    {
        var builder = new StringBuilder(text.Length);
        var span = text.AsSpan();
        while (!span.IsEmpty)
        {
            var i = span.IndexOfAny(s_needsNormalising);
            if (i < 0)
            {
                builder.Append(span);
                break;
            }

            builder.Append(span[..i]);
            var c = span[i];
            span = span[(i + 1)..];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (!span.IsEmpty && span[0] == '\n')
                    {
                        span = span[1..];
                    }

                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    builder.Append('\n');
                    break;
                case '\u00A0' or '\u2007' or '\u202F':
                    builder.Append(' ');
                    break;
                default:
                    // Zero-width characters and byte-order marks carry no visible text.
                    break;
            }
        }

        return builder.ToString();
    }

    private static string ToFormC(string text, ref bool hadInvalid)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates and noncharacters make normalisation throw: replace them and try once more.
            hadInvalid = true;
            text = ReplaceInvalidCharacters(text);
            try
            {
                return text.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                return text;
            }
        }
        catch (PlatformNotSupportedException)
        {
            // Invariant-globalization builds may lack normalisation data; the text is still usable.
            return text;
        }
    }

    private static string ReplaceInvalidCharacters(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] is '\uFFFE' or '\uFFFF' || chars[i] is >= '\uFDD0' and <= '\uFDEF')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
