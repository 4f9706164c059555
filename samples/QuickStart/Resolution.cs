using System.Text;
using Humanizer;
using Scholarly.Parsing.Identity;

namespace Scholarly.Parsing.QuickStart;

/// <summary>Summarises who and what the identity resolver found across all pages.</summary>
internal static class Resolution
{
    public static string Describe(ScholarlyGraph graph)
    {
        var text = new StringBuilder();
        text.Append("Across the pages: ").Append("person".ToQuantity(graph.Authors.Count))
            .Append(" and ").Append("paper".ToQuantity(graph.Papers.Count)).AppendLine(".");

        // The interesting people are those seen under several spellings or on several pages.
        var seenWidely = graph.Authors
            .Where(a => a.Names.Count > 1
                || a.Mentions.Any(m => m.Role == MentionRole.PageSubject)
                || a.Mentions.Select(m => m.DocumentId).Distinct().Count() > 1)
            .OrderByDescending(a => a.Mentions.Any(m => m.Role == MentionRole.PageSubject))
            .ThenByDescending(a => a.Mentions.Count)
            .ThenBy(a => a.PreferredName.Written, StringComparer.Ordinal)
            .ToList();
        foreach (var person in seenWidely.Take(10))
        {
            var pages = person.Mentions.Select(m => m.DocumentId).Distinct().Count();
            text.Append("  ").Append(person.PreferredName.Written);
            if (person.Names.Count > 1)
            {
                text.Append(" (also ").Append(person.Names.Skip(1).Select(n => n.Written).Humanize("or")).Append(')');
            }

            text.Append(" — ").Append("paper".ToQuantity(person.PaperIds.Count))
                .Append(", ").Append("mention".ToQuantity(person.Mentions.Count))
                .Append(" on ").AppendLine("page".ToQuantity(pages));
        }

        if (seenWidely.Count > 10)
        {
            text.Append("  … and ").AppendLine("more person".ToQuantity(seenWidely.Count - 10));
        }

        foreach (var paper in graph.Papers.Where(p => p.Records.Count > 1))
        {
            var formats = paper.Records.Select(r => graph.Documents.First(d => d.Id == r.DocumentId).FormatId ?? "?").Distinct();
            text.Append("  ").Append(paper.Paper.Title.Truncate(60, "…")).Append(" — one paper from ")
                .Append("page".ToQuantity(paper.Records.Count)).Append(" (").Append(formats.Humanize()).AppendLine(")");
        }

        return text.ToString();
    }
}
