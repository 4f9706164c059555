using System.Buffers;

namespace Scholarly.Parsing.Formats.PaperSummary;

/// <summary>The section labels of a paper summary page, and how a line is matched against them.</summary>
internal static class SummaryLabels
{
    // Longest first, so "Peer Reviews" is found before "Reviews" and "Topics" before "Topic".
    private static readonly (string Text, SummarySection Section)[] s_labels = new (string Text, SummarySection Section)[]
    {
        ("TL;DR", SummarySection.TlDr),
        ("TLDR", SummarySection.TlDr),
        ("Contribution", SummarySection.Contribution),
        ("Contributions", SummarySection.Contribution),
        ("Key Contribution", SummarySection.Contribution),
        ("Findings", SummarySection.Findings),
        ("Key Findings", SummarySection.Findings),
        ("Abstract", SummarySection.Abstract),
        ("Peer Reviews", SummarySection.PeerReviews),
        ("Reviews", SummarySection.PeerReviews),
        ("Videos", SummarySection.Videos),
        ("Video", SummarySection.Videos),
        ("Taxonomy", SummarySection.Taxonomy),
        ("Topics", SummarySection.Topics),
        ("Topic", SummarySection.Topics),
        ("Methods", SummarySection.Methods),
        ("Method", SummarySection.Methods),
    }.OrderByDescending(l => l.Text.Length).ToArray();

    private static readonly SearchValues<char> s_labelStarts = SearchValues.Create("TtCcFfAaPpRrVvMm");

    /// <summary>The label of a section as the page writes it, for messages.</summary>
    public static string NameOf(SummarySection section) => section switch
    {
        SummarySection.TlDr => "TL;DR",
        SummarySection.PeerReviews => "Peer Reviews",
        _ => section.ToString(),
    };

    /// <summary>
    /// Whether a line is a section label: the whole line (optionally with a colon), the label, a
    /// colon and content, or, for <see cref="SummarySection.Topics"/> and
    /// <see cref="SummarySection.Methods"/>, the label glued to its list (<c>TopicsAdversarial Robustness · …</c>)
    /// inside the taxonomy or wherever a <c>·</c>-separated list follows.
    /// </summary>
    /// <param name="line">A trimmed line.</param>
    /// <param name="inTaxonomy">Whether the line is below the taxonomy heading, where glued labels occur.</param>
    /// <param name="section">The section the label starts.</param>
    /// <param name="contentOffset">Where the content on the label's line starts (the line's length when there is none).</param>
    public static bool TryMatch(ReadOnlySpan<char> line, bool inTaxonomy, out SummarySection section, out int contentOffset)
    {
        // One lookup rules out the lines that start with no label's first letter: most of them.
        if (line.IsEmpty || !s_labelStarts.Contains(line[0]))
        {
            section = default;
            contentOffset = 0;
            return false;
        }

        foreach (var (text, candidate) in s_labels)
        {
            if (!line.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = line[text.Length..];
            var trimmed = rest.TrimStart();
            if (trimmed.IsEmpty || trimmed[0] == ':')
            {
                var content = trimmed.IsEmpty ? trimmed : trimmed[1..].TrimStart();
                section = candidate;
                contentOffset = line.Length - content.Length;
                return true;
            }

            // A glued label is written exactly ("Topics", not "topics") and followed by a capital or digit;
            // outside the taxonomy only when a " · " list follows, so a sentence starting "Methods" is not taken.
            if ((inTaxonomy || rest.Contains('\u00B7')) && candidate is SummarySection.Topics or SummarySection.Methods
                && line.StartsWith(text, StringComparison.Ordinal) && rest.Length == trimmed.Length
                && (char.IsUpper(rest[0]) || char.IsDigit(rest[0])))
            {
                section = candidate;
                contentOffset = text.Length;
                return true;
            }
        }

        section = default;
        contentOffset = 0;
        return false;
    }
}
