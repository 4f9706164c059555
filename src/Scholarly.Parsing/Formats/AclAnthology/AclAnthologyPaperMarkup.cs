using AngleSharp.Dom;
using Scholarly.Parsing.Html;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.AclAnthology;

/// <summary>
/// Adds what only the markup of an ACL Anthology paper page holds: the <c>citation_*</c> meta tags
/// fill a title, authors, pages, DOI, PDF or id the text lacks (a stripped page), and the details
/// table's attachment links (software, data, video) get their addresses. What the text shows wins:
/// the author line keeps the names as the page writes them, where the meta tags give full names.
/// </summary>
internal static class AclAnthologyPaperMarkup
{
    public static Paper Enrich(Paper paper, HtmlPage page)
    {
        paper = HtmlEnrichment.FillTitleAndAuthors(paper, page);

        if (paper.Pages is null && page.Meta("citation_firstpage") is { } first)
        {
            paper = paper with { Pages = page.Meta("citation_lastpage") is { } last && last != first ? first + "–" + last : first };
        }

        var identifiers = HtmlEnrichment.Add(paper.Identifiers, DoiText.Normalise(page.Meta("citation_doi")) is { } doi ? new Identifier(IdentifierSchemes.Doi, doi) : null);
        var found = new List<Link>();
        if (!identifiers.Any(i => i.Scheme == IdentifierSchemes.AclAnthology)
            && AclAnthologyAuthorMarkup.PaperId(page.CanonicalAddress ?? page.Meta("og:url")) is { } id)
        {
            identifiers = HtmlEnrichment.Add(identifiers, new Identifier(IdentifierSchemes.AclAnthology, id));
            found.Add(new Link { Kind = LinkKind.Bibtex, Url = AclAnthologyAuthorMarkup.Site.AbsoluteUri + id + ".bib" });
        }

        if (HtmlPage.AbsoluteUrl(page.Meta("citation_pdf_url"), AclAnthologyAuthorMarkup.Site) is { } pdf)
        {
            found.Add(new Link { Kind = LinkKind.Pdf, Url = pdf });
        }

        found.AddRange(DetailLinks(page));
        return paper with { Identifiers = identifiers, Links = HtmlEnrichment.MergeLinks(paper.Links, found) };
    }

    private static IEnumerable<Link> DetailLinks(HtmlPage page)
    {
        if (page.Document.Body is not { } body)
        {
            yield break;
        }

        foreach (var term in HtmlPage.Descendants(body, "dt"))
        {
            var kind = HtmlPage.TextOf(term).TrimEnd(':') switch
            {
                "Video" => LinkKind.Video,
                "Software" or "Code" => LinkKind.Code,
                "Data" or "Dataset" => LinkKind.Data,
                _ => (LinkKind?)null,
            };
            var anchor = kind is null || term.NextElementSibling is not { LocalName: "dd" } definition ? null : HtmlPage.FirstDescendant(definition, "a");
            if (HtmlPage.AbsoluteUrl(anchor?.GetAttribute("href"), AclAnthologyAuthorMarkup.Site) is { } url)
            {
                yield return new Link { Kind = kind!.Value, Url = url };
            }
        }
    }
}
