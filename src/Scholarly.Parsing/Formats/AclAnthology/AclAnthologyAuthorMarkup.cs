using System.Globalization;
using AngleSharp.Dom;
using Scholarly.Parsing.Html;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.AclAnthology;

/// <summary>
/// Adds what only the markup of an ACL Anthology author page holds to the papers read from its text:
/// the paper ids and the addresses of the PDF, BibTeX and video links (the video is an icon without
/// text on the 2026 site), and the person id of the page's subject. Both site designs (2021 and
/// 2026) mark each entry's link row with the class <c>list-button-row</c>.
/// </summary>
internal static class AclAnthologyAuthorMarkup
{
    /// <summary>The site that relative links are resolved against (never a <c>&lt;base href&gt;</c>).</summary>
    public static readonly Uri Site = new("https://aclanthology.org/");

    public static ParsedDocument Enrich(ParsedDocument document, HtmlPage page, ParseContext context)
    {
        var entries = ReadEntries(page);
        if (entries.Count == 0)
        {
            return document;
        }

        var papers = document.Papers.ToList();
        var matches = HtmlEnrichment.MatchByTitle(papers, [.. entries.Select(e => e.Title)]);
        for (var i = 0; i < papers.Count; i++)
        {
            if (matches[i] < 0)
            {
                continue;
            }

            var entry = entries[matches[i]];
            papers[i] = papers[i] with
            {
                Identifiers = HtmlEnrichment.Add(papers[i].Identifiers, entry.PaperId is null ? null : new Identifier(IdentifierSchemes.AclAnthology, entry.PaperId)),
                Links = HtmlEnrichment.MergeLinks(papers[i].Links, entry.Links),
            };
        }

        var matched = matches.Count(m => m >= 0);
        if (matched < entries.Count)
        {
            context.Report(DiagnosticCodes.CountMismatch, DiagnosticSeverity.Warning, string.Create(CultureInfo.InvariantCulture,
                $"The markup has {entries.Count} entries but only {matched} were read from the page's text; the others have no paper ids or link addresses."));
        }

        var subject = document.Subject;
        if (subject is not null && FindSubjectId(entries, subject.Name.Written) is { } personId)
        {
            subject = subject with { Identifiers = HtmlEnrichment.Add(subject.Identifiers, new Identifier(IdentifierSchemes.AclAnthology, personId)) };
        }

        return document with { Subject = subject, Papers = [.. papers] };
    }

    /// <summary>The person id in a <c>/people/…</c> link: <c>andreas-madsack</c> from the 2021 <c>/people/a/andreas-madsack/</c>, <c>andreas-madsack/unverified</c> from 2026.</summary>
    internal static string? PersonId(string? href)
    {
        var path = SitePath(href).AsSpan();
        if (!path.StartsWith("people/", StringComparison.Ordinal))
        {
            return null;
        }

        path = path["people/".Length..].Trim('/');
        // The 2021 site filed people under their initial letter.
        if (path.Length > 2 && path[1] == '/')
        {
            path = path[2..];
        }

        return path.IsEmpty || path.Contains("//", StringComparison.Ordinal) ? null : path.ToString();
    }

    /// <summary>The paper id of a paper's page link: <c>W19-4201</c> from <c>/W19-4201/</c>.</summary>
    internal static string? PaperId(string? href)
    {
        var path = SitePath(href)?.Trim('/');
        return path is { Length: > 0 } && !path.Contains('/', StringComparison.Ordinal) && !path.Contains('?', StringComparison.Ordinal) ? path : null;
    }

    /// <summary>The path of a link into the Anthology without its leading slash, or <see langword="null"/> for other sites.</summary>
    private static string? SitePath(string? href)
    {
        // Site-relative links are most of them: no address needs building for those.
        href = href?.Trim();
        if (href is null || href.Length == 0)
        {
            return null;
        }

        if (href[0] == '/' && !href.StartsWith("//", StringComparison.Ordinal))
        {
            return href[1..];
        }

        var url = HtmlPage.AbsoluteUrl(href, Site);
        return url is not null && url.StartsWith(Site.AbsoluteUri, StringComparison.Ordinal) ? url[Site.AbsoluteUri.Length..] : null;
    }

    private static List<Entry> ReadEntries(HtmlPage page)
    {
        var entries = new List<Entry>();
        foreach (var row in page.ElementsWithClass("list-button-row"))
        {
            var container = row.ParentElement;
            var strong = container is null ? null : HtmlPage.FirstDescendant(container, "strong");
            if (container is null || strong is null)
            {
                continue;
            }

            var titleLink = HtmlPage.FirstDescendant(strong, "a");
            var links = new List<Link>();
            var people = new List<(string Id, IElement Anchor)>();
            foreach (var anchor in HtmlPage.Descendants(container, "a"))
            {
                if (PersonId(anchor.GetAttribute("href")) is { } id)
                {
                    people.Add((id, anchor));
                }
                else if (IsInside(anchor, row) && LinkKindOf(anchor) is { } kind && HtmlPage.AbsoluteUrl(anchor.GetAttribute("href"), Site) is { } url)
                {
                    links.Add(new Link { Kind = kind, Url = url });
                }
            }

            entries.Add(new Entry(HtmlPage.TextOf(strong), PaperId(titleLink?.GetAttribute("href")), links, people));
        }

        return entries;
    }

    private static LinkKind? LinkKindOf(IElement anchor)
    {
        // The label is the badge's text, or its tooltip when it is only an icon.
        var label = anchor.TextContent.Trim();
        if (label.Length == 0)
        {
            label = anchor.GetAttribute("title") ?? anchor.GetAttribute("aria-label") ?? "";
        }

        label = label.ToLowerInvariant();
        return label.Contains("pdf", StringComparison.Ordinal) ? LinkKind.Pdf
            : label.Contains("bib", StringComparison.Ordinal) ? LinkKind.Bibtex
            : label.Contains("video", StringComparison.Ordinal) ? LinkKind.Video
            : label.Contains("code", StringComparison.Ordinal) || label.Contains("software", StringComparison.Ordinal) ? LinkKind.Code
            : label.Contains("data", StringComparison.Ordinal) ? LinkKind.Data
            : null;
    }

    private static string? FindSubjectId(List<Entry> entries, string subjectName)
    {
        // The subject is an author of every paper on their page; a namesake link breaks ties.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            seen.Clear();
            foreach (var (id, _) in entry.People)
            {
                if (seen.Add(id))
                {
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            }
        }

        string? best = null;
        var bestCount = 0;
        var bestNamed = false;
        foreach (var (id, count) in counts)
        {
            // Only ties need the link's text.
            var named = count >= bestCount && entries.Exists(e => e.People.Exists(p => p.Id == id && HtmlPage.Collapse(p.Anchor.TextContent) == subjectName));
            if (count > bestCount || (count == bestCount && named && !bestNamed))
            {
                (best, bestCount, bestNamed) = (id, count, named);
            }
        }

        return bestCount * 2 >= entries.Count ? best : null;
    }

    private static bool IsInside(IElement element, IElement ancestor)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Entry(string Title, string? PaperId, List<Link> Links, List<(string Id, IElement Anchor)> People);
}
