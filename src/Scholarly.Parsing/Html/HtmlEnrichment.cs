using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Html;

/// <summary>
/// Helpers for formats that read a page's text and then add what only the markup holds (link
/// addresses, ids in <c>href</c>s): the text decides what the entries are, the markup only adds to them.
/// </summary>
internal static class HtmlEnrichment
{
    /// <summary>
    /// Pairs papers read from the text with entries found in the markup by title: in order while the
    /// titles agree, otherwise with the first unpaired entry of the same title.
    /// </summary>
    /// <returns>For each paper, the index of its entry, or -1.</returns>
    public static int[] MatchByTitle(IReadOnlyList<Paper> papers, IReadOnlyList<string> entryTitles)
    {
        var matches = new int[papers.Count];
        var used = new bool[entryTitles.Count];
        for (var i = 0; i < papers.Count; i++)
        {
            matches[i] = -1;
            if (i < entryTitles.Count && !used[i] && SameTitle(papers[i].Title, entryTitles[i]))
            {
                matches[i] = i;
                used[i] = true;
                continue;
            }

            for (var j = 0; j < entryTitles.Count; j++)
            {
                if (!used[j] && SameTitle(papers[i].Title, entryTitles[j]))
                {
                    matches[i] = j;
                    used[j] = true;
                    break;
                }
            }
        }

        return matches;
    }

    /// <summary>
    /// Gives links found in the markup their addresses: each fills the first link of its kind that
    /// has none, or is added when the text showed no such link (e.g. an icon without text).
    /// </summary>
    public static EquatableArray<Link> MergeLinks(EquatableArray<Link> links, IEnumerable<Link> found)
    {
        var merged = links.ToList();
        foreach (var link in found)
        {
            if (merged.Exists(l => l.Kind == link.Kind && l.Url == link.Url))
            {
                continue;
            }

            var index = merged.FindIndex(l => l.Kind == link.Kind && l.Url is null);
            if (index >= 0)
            {
                merged[index] = link;
            }
            else
            {
                merged.Add(link);
            }
        }

        return [.. merged];
    }

    /// <summary>Adds an identifier unless it is already there.</summary>
    public static EquatableArray<Identifier> Add(EquatableArray<Identifier> identifiers, Identifier? identifier) =>
        identifier is null || identifiers.AsSpan().Contains(identifier) ? identifiers : [.. identifiers, identifier];

    /// <summary>
    /// Fills the title and authors a stripped page's text lacks from its <c>citation_title</c> and
    /// <c>citation_author</c> meta tags (the Highwire Press tags scholarly sites share). What the text
    /// shows wins: the meta tags often write authors family name first.
    /// </summary>
    public static Paper FillTitleAndAuthors(Paper paper, HtmlPage page)
    {
        if (paper.Title.Length == 0 && page.Meta("citation_title") is { } title)
        {
            paper = paper with { Title = title };
        }

        if (paper.Authors.IsEmpty && page.MetaContents("citation_author") is { Count: > 0 } authors)
        {
            paper = paper with { Authors = [.. authors.Select(PersonName.Parse)] };
        }

        return paper;
    }

    private static bool SameTitle(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);
}
