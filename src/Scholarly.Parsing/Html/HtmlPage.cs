using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Scholarly.Parsing.Html;

/// <summary>
/// A parsed HTML page: the DOM that formats may read where it is more precise than the rendered
/// text (meta tags, link addresses, ids), and helpers to read it. Formats only read it.
/// </summary>
/// <remarks>
/// Parsed with AngleSharp's HTML5 parser and a configuration without loaders or a requester: no
/// script runs and no style sheet, image, frame or other resource is ever requested. Addresses are
/// resolved by the formats against the site they know, never against a <c>&lt;base href&gt;</c>.
/// </remarks>
internal sealed class HtmlPage
{
    private static readonly HtmlParserOptions s_options = new()
    {
        IsScripting = false,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        DisableElementPositionTracking = true,
    };

    // Configuration.Default registers no loader and no requester: nothing can be fetched.
    private static readonly HtmlParser s_parser = new(s_options, BrowsingContext.New(Configuration.Default));

    private HeadIndex? _head;
    private List<(IElement Element, string Classes)>? _classes;

    private HtmlPage(IDocument document, string markup, int removedTags)
    {
        Document = document;
        Markup = markup;
        RemovedTags = removedTags;
    }

    /// <summary>The DOM.</summary>
    public IDocument Document { get; }

    /// <summary>The markup that was parsed (after any cut to the maximum length).</summary>
    public string Markup { get; }

    /// <summary>How many tags nested deeper than <see cref="HtmlNestingLimiter.DefaultMaxDepth"/> were ignored.</summary>
    public int RemovedTags { get; }

    /// <summary>Parses markup without running scripts or loading anything.</summary>
    /// <param name="markup">The HTML.</param>
    public static HtmlPage Parse(string markup) => Parse(markup, s_parser);

    /// <summary>Parses markup with a given configuration; tests use it to prove no request is made.</summary>
    /// <param name="markup">The HTML.</param>
    /// <param name="configuration">The AngleSharp configuration.</param>
    internal static HtmlPage Parse(string markup, IConfiguration configuration) =>
        Parse(markup, new HtmlParser(s_options, BrowsingContext.New(configuration)));

    /// <summary>Renders the visible text, as a browser's select-all and copy would give it.</summary>
    // Most of a page's markup is not text: start small, the builder grows without copying.
    public string RenderText()
    {
        var classes = new List<(IElement Element, string Classes)>();
        var text = HtmlTextRenderer.Render(Document, Math.Clamp(Markup.Length / 16, 256, 64 * 1024), classes);
        _classes = classes;
        return text;
    }

    /// <summary>The <c>content</c> of every <c>&lt;meta name=…&gt;</c> (or <c>property=…</c>) with this name in the head, in page order.</summary>
    /// <param name="name">The name, e.g. <c>citation_author</c>; compared ignoring case.</param>
    public IReadOnlyList<string> MetaContents(string name) =>
        Head.Meta.TryGetValue(name, out var values) ? values : [];

    /// <summary>The first non-empty <c>content</c> of a meta tag, or <see langword="null"/>.</summary>
    /// <param name="name">The name, e.g. <c>citation_doi</c>.</param>
    public string? Meta(string name) => MetaContents(name) is { Count: > 0 } values ? values[0] : null;

    /// <summary>The <c>href</c> of the head's <c>&lt;link rel="canonical"&gt;</c>, or <see langword="null"/>.</summary>
    public string? CanonicalAddress => Head.Canonical;

    /// <summary>
    /// The visible elements (those <see cref="RenderText"/> renders) that have a class, in document order:
    /// what the page shows, so entries hidden from the reader are not read from the markup either.
    /// </summary>
    /// <param name="className">One class name, e.g. <c>list-button-row</c>.</param>
    public List<IElement> ElementsWithClass(string className)
    {
        // The rendering lists the elements with classes on its way; render first if that has not happened.
        if (_classes is null)
        {
            RenderText();
        }

        var found = new List<IElement>();
        foreach (var (element, classes) in _classes!)
        {
            if (HasClass(classes, className))
            {
                found.Add(element);
            }
        }

        return found;
    }

    /// <summary>The descendants of an element with a tag name, in document order.</summary>
    /// <param name="root">Where to look.</param>
    /// <param name="localName">The lowercase tag name, e.g. <c>a</c>.</param>
    public static List<IElement> Descendants(IElement root, string localName)
    {
        var found = new List<IElement>();
        Walk(root, element =>
        {
            if (element != root && element.LocalName == localName)
            {
                found.Add(element);
            }
        });
        return found;
    }

    /// <summary>The text of an element as it renders, on one line and normalised like <see cref="Pipeline.SourceText"/>.</summary>
    /// <param name="element">The element.</param>
    public static string TextOf(IElement element) => Collapse(HtmlTextRenderer.Render(element));

    /// <summary>The first descendant element with a tag name, in document order, or <see langword="null"/>.</summary>
    /// <param name="root">Where to look.</param>
    /// <param name="localName">The lowercase tag name, e.g. <c>strong</c>.</param>
    public static IElement? FirstDescendant(IElement root, string localName)
    {
        // ChildNodes is a list; Children would be re-filtered on every index.
        var stack = new Stack<(INode Node, int Next)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var children = node.ChildNodes;
            if (next >= children.Length)
            {
                continue;
            }

            stack.Push((node, next + 1));
            if (children[next] is IElement child)
            {
                if (child.LocalName == localName)
                {
                    return child;
                }

                stack.Push((child, 0));
            }
        }

        return null;
    }

    /// <summary>
    /// Resolves an <c>href</c> against a site's own address. Only <c>http</c> and <c>https</c>
    /// addresses are returned; <c>javascript:</c>, <c>data:</c>, fragments and empty links give <see langword="null"/>.
    /// </summary>
    /// <param name="href">The attribute's value.</param>
    /// <param name="site">The site's address, e.g. <c>https://aclanthology.org/</c>.</param>
    public static string? AbsoluteUrl(string? href, Uri site)
    {
        href = href?.Trim();
        if (string.IsNullOrEmpty(href) || href[0] == '#')
        {
            return null;
        }

        // Most links are plain site paths or plain addresses: no Uri needs building for those.
        if (IsPlain(href))
        {
            if (href[0] == '/' && (href.Length == 1 || href[1] != '/'))
            {
                return site.GetLeftPart(UriPartial.Authority) + href;
            }

            if (href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal))
            {
                return href;
            }
        }

        if (!Uri.TryCreate(site, href, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        return uri.AbsoluteUri;

        static bool IsPlain(string href)
        {
            // Nothing to escape, no dot segments, and a lowercase host without a port: what Uri would return unchanged.
            foreach (var c in href)
            {
                if (c is <= ' ' or > '~' or '\\' or '%' or '"' or '<' or '>' or '^' or '`' or '{' or '|' or '}')
                {
                    return false;
                }
            }

            var scheme = href.IndexOf("://", StringComparison.Ordinal);
            if (scheme >= 0)
            {
                var authority = href.AsSpan(scheme + 3);
                var slash = authority.IndexOf('/');
                authority = slash < 0 ? authority : authority[..slash];
                if (authority.IsEmpty || authority.ContainsAnyInRange('A', 'Z') || authority.Contains(':') || authority.Contains('@'))
                {
                    return false;
                }
            }

            return !href.Contains("/.", StringComparison.Ordinal);
        }
    }

    /// <summary>Collapses whitespace to single spaces and normalises the text as <see cref="Pipeline.SourceText"/> does.</summary>
    /// <param name="text">The text.</param>
    public static string Collapse(string text)
    {
        if (IsCollapsedAscii(text))
        {
            return text;
        }

        return Pipeline.SourceText.NormaliseLine(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

        static bool IsCollapsedAscii(string text)
        {
            // Printable ASCII with single inner spaces is already what the slow path returns.
            if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ')
            {
                return text.Length == 0;
            }

            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is < ' ' or > '~' || (c == ' ' && text[i - 1] == ' '))
                {
                    return false;
                }
            }

            return true;
        }
    }

    // Read once, on first use: the head is small, but formats ask for several meta tags.
    private HeadIndex Head => _head ??= HeadIndex.Read(Document);

    private static bool HasClass(string classList, string className)
    {
        var classes = classList.AsSpan();
        while (!classes.IsEmpty)
        {
            var at = classes.IndexOf(className, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var end = at + className.Length;
            if ((at == 0 || char.IsWhiteSpace(classes[at - 1])) && (end == classes.Length || char.IsWhiteSpace(classes[end])))
            {
                return true;
            }

            classes = classes[end..];
        }

        return false;
    }

    // AngleSharp's collections re-filter on every access and build a token list per element; a walk over
    // ChildNodes (plain lists) is much cheaper, and iterative for any depth.
    private static void Walk(IElement root, Action<IElement> visit)
    {
        var stack = new Stack<(INode Node, int Next)>();
        visit(root);
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var children = node.ChildNodes;
            if (next >= children.Length)
            {
                continue;
            }

            stack.Push((node, next + 1));
            if (children[next] is IElement child)
            {
                visit(child);
                stack.Push((child, 0));
            }
        }
    }

    private static HtmlPage Parse(string markup, HtmlParser parser)
    {
        var removed = 0;
        var limited = HtmlNestingLimiter.IsWorthScanning(markup)
            ? HtmlNestingLimiter.Limit(markup, HtmlNestingLimiter.DefaultMaxDepth, out removed)
            : markup;
        return new HtmlPage(parser.ParseDocument(limited), markup, removed);
    }

    private sealed class HeadIndex
    {
        public Dictionary<string, List<string>> Meta { get; } = new(StringComparer.OrdinalIgnoreCase);

        public string? Canonical { get; private set; }

        public static HeadIndex Read(IDocument document)
        {
            var index = new HeadIndex();
            if (document.Head is not { } head)
            {
                return index;
            }

            Walk(head, element =>
            {
                if (element.LocalName == "meta")
                {
                    var key = element.GetAttribute("name") ?? element.GetAttribute("property");
                    var value = element.GetAttribute("content") is { } content ? Collapse(content) : "";
                    if (key is not null && value.Length > 0)
                    {
                        if (!index.Meta.TryGetValue(key, out var values))
                        {
                            index.Meta[key] = values = [];
                        }

                        values.Add(value);
                    }
                }
                else if (element.LocalName == "link" && index.Canonical is null
                    && string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
                {
                    index.Canonical = element.GetAttribute("href");
                }
            });
            return index;
        }
    }
}
