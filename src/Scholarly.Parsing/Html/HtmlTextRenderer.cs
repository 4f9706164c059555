using System.Buffers;
using System.Text;
using AngleSharp.Dom;

namespace Scholarly.Parsing.Html;

/// <summary>
/// Renders a DOM to the text a browser's select-all and copy gives, following the <c>innerText</c>
/// algorithm without CSS: block elements end lines (<c>p</c> and headings leave a blank line),
/// inline elements stay on the line, <c>br</c> breaks, table rows become lines with cells separated
/// by tabs, and whitespace collapses as browsers collapse it (kept inside <c>pre</c>).
/// </summary>
/// <remarks>
/// What a browser would not show is dropped: <c>head</c>, <c>script</c>, <c>style</c>,
/// <c>template</c>, <c>noscript</c>, form controls, embedded content (<c>svg</c>, <c>iframe</c>, …),
/// elements marked <c>hidden</c> or <c>aria-hidden="true"</c>, inline <c>display:none</c> or
/// <c>visibility:hidden</c>, closed <c>dialog</c>s and <c>details</c>, and closed pop-ups (ARIA
/// roles <c>dialog</c>, <c>alertdialog</c>, <c>menu</c>, <c>tooltip</c>), which pages hide with
/// style sheets that are not loaded here. Image alternative text is not copied, as in browsers.
/// The walk uses an explicit stack, so any nesting depth is safe.
/// </remarks>
internal sealed class HtmlTextRenderer
{
    private static readonly SearchValues<char> s_collapsible = SearchValues.Create(" \t\n\r\f");

    private readonly StringBuilder _output;
    private readonly List<(int Cells, int Start)> _rows = [];
    private readonly List<(IElement Element, string Classes)>? _classes;
    private int _pendingBreaks;
    private bool _pendingSpace;
    private int _trailingNewlines;
    private char _last;
    private int _preDepth;

    private HtmlTextRenderer(int capacity, List<(IElement Element, string Classes)>? classes)
    {
        _output = new StringBuilder(capacity);
        _classes = classes;
    }

    private enum Kind
    {
        Skip,
        Inline,
        Block,
        Paragraph,
        LineBreak,
        Row,
        Cell,
        Preformatted,
        ClosedDetails,
    }

    /// <summary>Renders a node and its descendants.</summary>
    /// <param name="root">A document or element.</param>
    /// <param name="capacityHint">The expected length of the text, to size the buffer.</param>
    public static string Render(INode root, int capacityHint = 256) => Render(root, capacityHint, null);

    /// <summary>Renders a node and lists, on the way, the visible elements that have a <c>class</c> attribute.</summary>
    /// <param name="root">A document or element.</param>
    /// <param name="capacityHint">The expected length of the text, to size the buffer.</param>
    /// <param name="classes">Receives each rendered element with a class attribute and its value, in document order.</param>
    public static string Render(INode root, int capacityHint, List<(IElement Element, string Classes)>? classes)
    {
        ArgumentNullException.ThrowIfNull(root);
        var renderer = new HtmlTextRenderer(capacityHint, classes);
        renderer.Walk(root);
        return renderer._output.ToString().Trim('\n');
    }

    private void Walk(INode root)
    {
        var stack = new Stack<(INode Node, Kind Kind, int Next)>();
        Enter(root, root is IElement element ? Classify(element) : Kind.Inline, stack);
        while (stack.Count > 0)
        {
            var (node, kind, next) = stack.Pop();
            var children = node.ChildNodes;
            if (next >= children.Length)
            {
                Leave(kind);
                continue;
            }

            stack.Push((node, kind, next + 1));
            var child = children[next];
            if (child is IText text)
            {
                if (kind != Kind.ClosedDetails)
                {
                    AppendText(text.Data);
                }
            }
            else if (child is IElement childElement
                && (kind != Kind.ClosedDetails || childElement.LocalName.Equals("summary", StringComparison.Ordinal)))
            {
                Enter(childElement, Classify(childElement), stack);
            }
        }
    }

    private void Enter(INode node, Kind kind, Stack<(INode Node, Kind Kind, int Next)> stack)
    {
        switch (kind)
        {
            case Kind.Skip:
                return;
            case Kind.LineBreak:
                FlushBreaks();
                Append('\n');
                _pendingSpace = false;
                return;
            case Kind.Block or Kind.ClosedDetails:
                RequireBreaks(1);
                break;
            case Kind.Paragraph:
                RequireBreaks(2);
                break;
            case Kind.Preformatted:
                RequireBreaks(1);
                _preDepth++;
                break;
            case Kind.Row:
                RequireBreaks(1);
                _rows.Add((0, _output.Length));
                break;
            case Kind.Cell:
                StartCell();
                break;
        }

        stack.Push((node, kind, 0));
    }

    private void Leave(Kind kind)
    {
        switch (kind)
        {
            case Kind.Block or Kind.ClosedDetails:
                RequireBreaks(1);
                break;
            case Kind.Paragraph:
                RequireBreaks(2);
                break;
            case Kind.Preformatted:
                RequireBreaks(1);
                _preDepth--;
                break;
            case Kind.Row:
                RequireBreaks(1);
                _rows.RemoveAt(_rows.Count - 1);
                break;
        }
    }

    private void StartCell()
    {
        if (_rows.Count == 0)
        {
            return;
        }

        var (cells, start) = _rows[^1];
        _rows[^1] = (cells + 1, start);
        if (cells > 0)
        {
            if (_output.Length > start)
            {
                // A cell's own closing line break gives way to the separator, so a row stays one line.
                _pendingBreaks = 0;
            }
            else
            {
                // Only empty cells so far: the row's line has not started yet.
                FlushBreaks();
            }

            _pendingSpace = false;
            Append('\t');
        }
    }

    private void AppendText(string data)
    {
        if (_preDepth > 0)
        {
            BeforeContent();
            Append(data.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
            return;
        }

        var rest = data.AsSpan();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOfAny(s_collapsible);
            if (space == 0)
            {
                _pendingSpace = true;
                var word = rest.IndexOfAnyExcept(s_collapsible);
                rest = word < 0 ? default : rest[word..];
                continue;
            }

            BeforeContent();
            Append(space < 0 ? rest : rest[..space]);
            rest = space < 0 ? default : rest[space..];
        }
    }

    private void RequireBreaks(int count) => _pendingBreaks = Math.Max(_pendingBreaks, count);

    private void BeforeContent()
    {
        if (_pendingBreaks > 0)
        {
            FlushBreaks();
        }
        else if (_pendingSpace && _output.Length > 0 && _last is not ('\n' or '\t'))
        {
            Append(' ');
        }

        _pendingSpace = false;
    }

    private void FlushBreaks()
    {
        if (_output.Length > 0)
        {
            for (var i = _trailingNewlines; i < _pendingBreaks; i++)
            {
                Append('\n');
            }
        }

        _pendingBreaks = 0;
        _pendingSpace = false;
    }

    private void Append(char c)
    {
        _output.Append(c);
        _trailingNewlines = c == '\n' ? _trailingNewlines + 1 : 0;
        _last = c;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        _output.Append(text);
        var lastContent = text.LastIndexOfAnyExcept('\n');
        _trailingNewlines = lastContent < 0 ? _trailingNewlines + text.Length : text.Length - lastContent - 1;
        _last = text[^1];
    }

    private Kind Classify(IElement element)
    {
        if (IsHidden(element, out var classes))
        {
            return Kind.Skip;
        }

        var kind = KindOf(element);
        if (classes is not null && kind != Kind.Skip)
        {
            _classes?.Add((element, classes));
        }

        return kind;
    }

    private static Kind KindOf(IElement element) =>
        element.LocalName switch
        {
            "head" or "script" or "style" or "template" or "noscript" or "title" or "meta" or "link" or "base"
                or "svg" or "iframe" or "object" or "embed" or "canvas" or "audio" or "video" or "img" or "picture"
                or "map" or "select" or "datalist" or "option" or "optgroup" or "textarea" or "input" => Kind.Skip,
            "dialog" => element.HasAttribute("open") ? Kind.Block : Kind.Skip,
            "details" => element.HasAttribute("open") ? Kind.Block : Kind.ClosedDetails,
            "br" => Kind.LineBreak,
            "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => Kind.Paragraph,
            "pre" or "listing" or "xmp" or "plaintext" => Kind.Preformatted,
            "tr" => Kind.Row,
            "td" or "th" => Kind.Cell,
            "address" or "article" or "aside" or "blockquote" or "body" or "center" or "dd" or "dir" or "div"
                or "dl" or "dt" or "fieldset" or "figcaption" or "figure" or "footer" or "form" or "frameset"
                or "header" or "hgroup" or "hr" or "html" or "legend" or "li" or "main" or "menu" or "nav" or "ol"
                or "section" or "summary" or "ul" or "table" or "caption" or "thead" or "tbody" or "tfoot" => Kind.Block,
            _ => Kind.Inline,
        };

    private static bool IsHidden(IElement element, out string? classes)
    {
        classes = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            var name = attribute.Name;
            var value = attribute.Value;
            if (name == "class")
            {
                classes = value;
            }
            else if (name == "hidden"
                || (name == "aria-hidden" && value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
                || (name == "style" && HidesByStyle(value))
                || (name == "role" && IsClosedPopupRole(value.Trim())))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClosedPopupRole(string role) =>
        role.Equals("dialog", StringComparison.OrdinalIgnoreCase)
        || role.Equals("alertdialog", StringComparison.OrdinalIgnoreCase)
        || role.Equals("menu", StringComparison.OrdinalIgnoreCase)
        || role.Equals("tooltip", StringComparison.OrdinalIgnoreCase);

    private static bool HidesByStyle(string style)
    {
        // "display : none" and "visibility:hidden", in any case and spacing; later declarations are not weighed.
        return HasDeclaration(style, "display", "none") || HasDeclaration(style, "visibility", "hidden");

        static bool HasDeclaration(string style, string property, string value)
        {
            var rest = style.AsSpan();
            while (true)
            {
                var at = rest.IndexOf(property, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    return false;
                }

                var before = rest[..at].TrimEnd();
                rest = rest[(at + property.Length)..];
                if (!before.IsEmpty && before[^1] != ';')
                {
                    continue;
                }

                var after = rest.TrimStart();
                if (after.IsEmpty || after[0] != ':')
                {
                    continue;
                }

                after = after[1..].TrimStart();
                if (after.StartsWith(value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
    }
}
