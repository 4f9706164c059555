using Scholarly.Parsing.Html;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.Arxiv;

/// <summary>
/// Adds what only the markup of an arXiv abstract page holds: the address of its own PDF link, and
/// from the <c>citation_*</c> meta tags a title, authors, abstract, id, date or DOI the text lacks (a
/// stripped page). What the text shows wins: the meta tags write authors family name first.
/// </summary>
internal static class ArxivAbstractMarkup
{
    public static Paper Enrich(Paper paper, HtmlPage page)
    {
        paper = HtmlEnrichment.FillTitleAndAuthors(paper, page);

        if (paper.Abstract is null && page.Meta("citation_abstract") is { } summary)
        {
            paper = paper with { Abstract = new PaperAbstract { Text = summary } };
        }

        var identifiers = paper.Identifiers;
        if (!identifiers.Any(i => i.Scheme == IdentifierSchemes.Arxiv) && page.Meta("citation_arxiv_id") is { } id)
        {
            identifiers = HtmlEnrichment.Add(identifiers, new Identifier(IdentifierSchemes.Arxiv, id));
        }

        identifiers = HtmlEnrichment.Add(identifiers, DoiText.Normalise(page.Meta("citation_doi")) is { } doi ? new Identifier(IdentifierSchemes.Doi, doi) : null);

        var pdf = PdfLink(page);
        var links = paper.Links;
        if (pdf is not null)
        {
            // The page's own link is the address to use; the one made from the id is only a fallback.
            links = links.Any(l => l.Kind == LinkKind.Pdf)
                ? [.. links.Select(l => l.Kind == LinkKind.Pdf ? l with { Url = pdf } : l)]
                : [.. links, new Link { Kind = LinkKind.Pdf, Url = pdf }];
        }

        return paper with { Identifiers = identifiers, Links = links };
    }

    private static string? PdfLink(HtmlPage page)
    {
        foreach (var anchor in page.Document.Body is { } body ? HtmlPage.Descendants(body, "a") : [])
        {
            var url = HtmlPage.AbsoluteUrl(anchor.GetAttribute("href"), ArxivAbstractFormat.Site);
            if (url is not null && url.StartsWith(ArxivAbstractFormat.Site.AbsoluteUri + "pdf/", StringComparison.Ordinal))
            {
                return url;
            }
        }

        return HtmlPage.AbsoluteUrl(page.Meta("citation_pdf_url"), ArxivAbstractFormat.Site);
    }
}
