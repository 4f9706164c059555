using System.Text;
using Humanizer;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.QuickStart;

/// <summary>Readable one-screen summaries of parsed documents, worded with Humanizer.</summary>
internal static class Summary
{
    public static string Describe(string name, ParsedDocument document)
    {
        var text = new StringBuilder();
        var papers = document.Papers;
        var headline = document.Subject?.Name.Written ?? (papers.Count == 1 ? papers[0].Title.Truncate(70, "…") : name);
        var format = document.FormatId is { } id ? PaperParser.DefaultPipeline.FindFormat(id)?.DisplayName ?? id : "no format recognised";
        text.Append(headline).Append(" — ").Append("paper".ToQuantity(papers.Count)).Append(YearRange(papers));
        text.AppendLine().Append("  ").Append(name).Append(", read as ").Append(format).AppendLine();

        if (document.Subject is { } subject)
        {
            if (!subject.NameVariants.IsEmpty)
            {
                text.Append("  also published as ").AppendLine(subject.NameVariants.Select(v => v.Written).Humanize());
            }

            if (!subject.Metrics.IsEmpty)
            {
                text.Append("  ").AppendLine(string.Join(", ", subject.Metrics.Select(m => $"{m.Kind} {m.Value}{(m.Unit == MetricUnit.Percent ? "%" : "")}")));
            }
        }

        foreach (var paper in papers.Take(5))
        {
            text.Append("  ").Append(paper.Date?.ToString() ?? "    ").Append("  ").Append(paper.Title.Truncate(60, "…"));
            if (paper.Venue is { } venue)
            {
                text.Append(" — ").Append(venue).Append(venue.Track is { } track ? $" ({track})" : "");
            }

            text.AppendLine();
        }

        if (papers.Count > 5)
        {
            text.Append("  … and ").AppendLine("more paper".ToQuantity(papers.Count - 5));
        }

        var bySeverity = document.Diagnostics.GroupBy(d => d.Severity).OrderByDescending(g => g.Key)
            .Select(g => (g.Key == DiagnosticSeverity.Info ? "note" : g.Key.ToString().ToLowerInvariant()).ToQuantity(g.Count()));
        text.Append("  ").AppendLine(document.Diagnostics.IsEmpty ? "No diagnostics." : bySeverity.Humanize() + ".");
        foreach (var diagnostic in document.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Take(3))
        {
            text.Append("    ").AppendLine(diagnostic.ToString());
        }

        return text.ToString();
    }

    private static string YearRange(EquatableArray<Paper> papers)
    {
        var years = papers.Where(p => p.Date is not null).Select(p => p.Date!.Year).ToList();
        if (years.Count == 0)
        {
            return "";
        }

        var (min, max) = (years.Min(), years.Max());
        return min == max ? $", {min}" : $", {min}–{max}";
    }
}
