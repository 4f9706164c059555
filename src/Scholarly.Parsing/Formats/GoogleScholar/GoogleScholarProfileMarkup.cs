using AngleSharp.Dom;
using Scholarly.Parsing.Html;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.GoogleScholar;

/// <summary>
/// Adds what only the markup of a Google Scholar profile holds: the profile id (from the canonical
/// link), the interests one by one (a copy glues them together), and each article's id and page
/// (<c>citation_for_view</c>).
/// </summary>
internal static class GoogleScholarProfileMarkup
{
    private static readonly Uri s_site = new("https://scholar.google.com/");

    public static ParsedDocument Enrich(ParsedDocument document, HtmlPage page)
    {
        var subject = document.Subject;
        if (subject is not null)
        {
            var box = page.Document.GetElementById("gsc_prf_int");
            var interests = box is null ? null : HtmlPage.Descendants(box, "a").Select(HtmlPage.TextOf).Where(t => t.Length > 0).ToList();
            subject = subject with
            {
                ResearchAreas = interests is { Count: > 0 } ? [.. interests] : subject.ResearchAreas,
                Identifiers = HtmlEnrichment.Add(subject.Identifiers, QueryValue(page.CanonicalAddress, "user") is { } id ? new Identifier(IdentifierSchemes.GoogleScholar, id) : null),
            };
        }

        var rows = ReadRows(page);
        var papers = document.Papers.ToList();
        var matches = HtmlEnrichment.MatchByTitle(papers, [.. rows.Select(r => r.Title)]);
        for (var i = 0; i < papers.Count; i++)
        {
            if (matches[i] >= 0 && rows[matches[i]] is { ArticleId: { } articleId } row)
            {
                papers[i] = papers[i] with
                {
                    Identifiers = HtmlEnrichment.Add(papers[i].Identifiers, new Identifier(IdentifierSchemes.GoogleScholar, articleId)),
                    Links = HtmlEnrichment.MergeLinks(papers[i].Links, row.Url is null ? [] : [new Link { Kind = LinkKind.Page, Url = row.Url }]),
                };
            }
        }

        return document with { Subject = subject, Papers = [.. papers] };
    }

    /// <summary>The value of a query parameter in an address (<c>user</c>, <c>citation_for_view</c>).</summary>
    internal static string? QueryValue(string? address, string name)
    {
        var query = address is null ? -1 : address.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return null;
        }

        foreach (var pair in address![(query + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair.AsSpan(0, equals).Equals(name, StringComparison.Ordinal))
            {
                var value = Uri.UnescapeDataString(pair[(equals + 1)..]);
                return value.Length > 0 ? value : null;
            }
        }

        return null;
    }

    private static List<(string Title, string? ArticleId, string? Url)> ReadRows(HtmlPage page)
    {
        var rows = new List<(string, string?, string?)>();
        foreach (var title in page.ElementsWithClass("gsc_a_at"))
        {
            var href = title.GetAttribute("href");
            rows.Add((HtmlPage.TextOf(title), QueryValue(href, "citation_for_view"), HtmlPage.AbsoluteUrl(href, s_site)));
        }

        return rows;
    }
}
