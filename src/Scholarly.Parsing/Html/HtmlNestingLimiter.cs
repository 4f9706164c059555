using System.Buffers;
using System.Text;

namespace Scholarly.Parsing.Html;

/// <summary>
/// Removes the tags of elements nested deeper than a limit before the markup reaches the HTML
/// parser, keeping their text. The tree builder checks the stack of open elements for every start
/// tag, so 100,000 nested <c>div</c>s take minutes to build; browsers cap the depth for the same
/// reason. One linear scan; the markup is copied only when something is removed.
/// </summary>
/// <remarks>
/// The depth is estimated from the tags alone: elements whose end tag may be omitted (<c>p</c>,
/// <c>li</c>, <c>td</c>, …) and void elements are not counted, and end tags close the innermost
/// counted element whatever their name. The estimate errs towards shallow, so well-formed pages are
/// never touched.
/// </remarks>
internal static class HtmlNestingLimiter
{
    /// <summary>The deepest nesting kept; real pages stay far below it.</summary>
    public const int DefaultMaxDepth = 256;

    private static readonly SearchValues<char> s_tagNameEnd = SearchValues.Create(" \t\n\r\f/>");

    private static readonly SearchValues<char> s_tagEndOrQuote = SearchValues.Create(">\"'");

    /// <summary>
    /// Markup with at most this many <c>&lt;</c> cannot nest deeply enough to slow the tree builder
    /// down (at worst about half a million stack checks), so it is not scanned.
    /// </summary>
    public const int ScanThreshold = 1024;

    /// <summary>
    /// Whether the markup has enough tags to be worth the scan: counting <c>&lt;</c> is a vectorized
    /// pass, much cheaper than reading every tag, and typical saved pages have a few hundred.
    /// </summary>
    /// <param name="markup">The HTML.</param>
    public static bool IsWorthScanning(string markup) => markup.AsSpan().Count('<') > ScanThreshold;

    /// <summary>Returns the markup with tags beyond <paramref name="maxDepth"/> removed.</summary>
    /// <param name="markup">The HTML.</param>
    /// <param name="maxDepth">The deepest nesting kept.</param>
    /// <param name="removedTags">How many tags were removed.</param>
    public static string Limit(string markup, int maxDepth, out int removedTags)
    {
        removedTags = 0;
        StringBuilder? output = null;
        var copied = 0;
        var depth = 0;
        var excess = 0;
        var foreignDepth = 0;
        var span = markup.AsSpan();
        var i = 0;
        while (true)
        {
            var next = span[i..].IndexOf('<');
            if (next < 0)
            {
                break;
            }

            var start = i + next;
            var tag = ReadTag(span, start, out var end, out var name, out var isEndTag, out var selfClosing);
            i = end;
            if (tag == TagKind.Other)
            {
                continue;
            }

            if (tag == TagKind.RawTextStart)
            {
                i = SkipRawText(span, end, name);
                continue;
            }

            var isForeignRoot = name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);
            if (IsUncounted(name))
            {
                continue;
            }

            bool remove;
            if (isEndTag)
            {
                if (isForeignRoot && foreignDepth > 0)
                {
                    foreignDepth--;
                }

                remove = excess > 0;
                if (remove)
                {
                    excess--;
                }
                else if (depth > 0)
                {
                    depth--;
                }
            }
            else
            {
                if (isForeignRoot && !selfClosing)
                {
                    foreignDepth++;
                }

                // "<div/>" opens a div in HTML; only foreign content (SVG, MathML) closes itself.
                if (selfClosing && foreignDepth > 0)
                {
                    continue;
                }

                remove = depth >= maxDepth;
                if (remove)
                {
                    excess++;
                }
                else
                {
                    depth++;
                }
            }

            if (remove)
            {
                output ??= new StringBuilder(markup.Length);
                output.Append(span[copied..start]);
                copied = end;
                removedTags++;
            }
        }

        if (output is null)
        {
            return markup;
        }

        output.Append(span[copied..]);
        return output.ToString();
    }

    // Elements whose content is text up to their end tag; tags inside do not count.
    private static bool IsRawText(ReadOnlySpan<char> name) => name.Length switch
    {
        3 => Is(name, "xmp"),
        5 => Is(name, "style") || Is(name, "title"),
        6 => Is(name, "script") || Is(name, "iframe"),
        7 => Is(name, "noembed"),
        8 => Is(name, "textarea") || Is(name, "noframes"),
        _ => false,
    };

    // Void elements, and elements whose end tag may be omitted: they close themselves and do not pile up.
    // Bucketed by length: this runs for every tag of every page.
    private static bool IsUncounted(ReadOnlySpan<char> name) => name.Length switch
    {
        1 => (name[0] | 0x20) == 'p',
        2 => Is(name, "br") || Is(name, "li") || Is(name, "td") || Is(name, "tr") || Is(name, "hr") || Is(name, "dt") || Is(name, "dd")
            || Is(name, "th") || Is(name, "rb") || Is(name, "rt") || Is(name, "rp"),
        3 => Is(name, "img") || Is(name, "col") || Is(name, "wbr") || Is(name, "rtc"),
        4 => Is(name, "meta") || Is(name, "link") || Is(name, "area") || Is(name, "base") || Is(name, "html") || Is(name, "head") || Is(name, "body"),
        5 => Is(name, "input") || Is(name, "embed") || Is(name, "track") || Is(name, "param") || Is(name, "frame") || Is(name, "image")
            || Is(name, "thead") || Is(name, "tbody") || Is(name, "tfoot"),
        6 => Is(name, "source") || Is(name, "option") || Is(name, "keygen"),
        7 => Is(name, "caption") || Is(name, "bgsound"),
        8 => Is(name, "basefont") || Is(name, "optgroup") || Is(name, "colgroup"),
        _ => false,
    };

    private static bool Is(ReadOnlySpan<char> name, string tag) => name.Equals(tag, StringComparison.OrdinalIgnoreCase);

    private enum TagKind
    {
        Other,
        Element,
        RawTextStart,
    }

    private static TagKind ReadTag(ReadOnlySpan<char> span, int start, out int end, out ReadOnlySpan<char> name, out bool isEndTag, out bool selfClosing)
    {
        name = default;
        isEndTag = false;
        selfClosing = false;
        var i = start + 1;
        if (i >= span.Length)
        {
            end = span.Length;
            return TagKind.Other;
        }

        if (span[i] == '!')
        {
            // Comments end at "-->"; doctypes and other declarations at the next '>'.
            var close = span[i..].StartsWith("!--", StringComparison.Ordinal) ? IndexOrEnd(span, i + 3, "-->") + 3 : IndexOrEnd(span, i, ">") + 1;
            end = Math.Min(close, span.Length);
            return TagKind.Other;
        }

        if (span[i] == '?')
        {
            end = Math.Min(IndexOrEnd(span, i, ">") + 1, span.Length);
            return TagKind.Other;
        }

        if (span[i] == '/')
        {
            isEndTag = true;
            i++;
        }

        if (i >= span.Length || !char.IsAsciiLetter(span[i]))
        {
            // "<" followed by anything else is text.
            end = i;
            return TagKind.Other;
        }

        var nameLength = span[i..].IndexOfAny(s_tagNameEnd);
        nameLength = nameLength < 0 ? span.Length - i : nameLength;
        name = span.Slice(i, nameLength);
        i += nameLength;
        end = SkipAttributes(span, i, out selfClosing);
        return !isEndTag && IsRawText(name) ? TagKind.RawTextStart : TagKind.Element;
    }

    private static int SkipAttributes(ReadOnlySpan<char> span, int i, out bool selfClosing)
    {
        // Jump from quote to quote: a '>' inside a quoted attribute value does not end the tag.
        while (true)
        {
            var next = span[i..].IndexOfAny(s_tagEndOrQuote);
            if (next < 0)
            {
                selfClosing = false;
                return span.Length;
            }

            i += next;
            if (span[i] == '>')
            {
                selfClosing = span[i - 1] == '/';
                return i + 1;
            }

            // A quote starts a value only right after '=' (spaces allowed); elsewhere it is part of a name.
            var before = span[..i].TrimEnd();
            if (before.Length > 0 && before[^1] == '=')
            {
                var close = span[(i + 1)..].IndexOf(span[i]);
                if (close < 0)
                {
                    selfClosing = false;
                    return span.Length;
                }

                i += close + 2;
            }
            else
            {
                i++;
            }
        }
    }

    private static int SkipRawText(ReadOnlySpan<char> span, int i, ReadOnlySpan<char> name)
    {
        while (i < span.Length)
        {
            var close = span[i..].IndexOf("</", StringComparison.Ordinal);
            if (close < 0)
            {
                return span.Length;
            }

            i += close + 2;
            if (span[i..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return span.Length;
    }

    private static int IndexOrEnd(ReadOnlySpan<char> span, int from, string value)
    {
        var index = span[from..].IndexOf(value, StringComparison.Ordinal);
        return index < 0 ? span.Length : from + index;
    }
}
