using System.Globalization;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.PaperSummary;

/// <summary>
/// Reads a single-paper summary page as copied from a browser: the title, the authors
/// (comma-separated), then labelled sections <c>TL;DR</c>, <c>Contribution</c>, <c>Findings</c>
/// (one per line), <c>Abstract</c>, <c>Peer Reviews</c>, <c>Videos</c> and <c>Taxonomy</c> with
/// <c>Topics</c> and <c>Methods</c> lists separated by <c> · </c>.
/// </summary>
/// <remarks>
/// <para>
/// An abstract cut off with an ellipsis is marked <see cref="Model.PaperAbstract.IsTruncated"/>; its
/// text is kept without the ellipsis, so it is an exact beginning of the full abstract, and
/// <see cref="Model.PaperAbstract.Raw"/> keeps it as written.
/// </para>
/// <para>
/// A section holding only the site's notice that there is nothing yet ("No public reviews on file
/// …") gives no entries. Topics and methods that are web spam (addresses, <c>|||</c>, links, phone
/// numbers, advertising) are dropped with a <see cref="DiagnosticCodes.DroppedItem"/> warning.
/// </para>
/// </remarks>
public sealed class PaperSummaryFormat : IFormatParser
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "paper-summary";

    /// <inheritdoc />
    public string Id => FormatId;

    /// <inheritdoc />
    public string DisplayName => "Single-paper summary page (TL;DR, findings, taxonomy)";

    /// <inheritdoc />
    public FormatMatch Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new HashSet<SummarySection>();
        SummarySection? current = null;
        foreach (var raw in new LineEnumerator(text.DetectionWindow))
        {
            var line = raw.Trim();
            var inTaxonomy = current is SummarySection.Taxonomy or SummarySection.Topics or SummarySection.Methods;
            if (!line.IsEmpty && SummaryLabels.TryMatch(line, inTaxonomy, out var section, out _))
            {
                found.Add(section);
                current = section;
            }
        }

        // TL;DR, contribution, findings, reviews and the taxonomy mark this kind of page; an abstract or
        // videos heading is common to many pages.
        var specific = found.Count(s => s is not (SummarySection.Abstract or SummarySection.Videos));
        var confidence = 0.2 * specific + (found.Contains(SummarySection.Abstract) ? 0.1 : 0) + (found.Contains(SummarySection.Videos) ? 0.1 : 0);
        confidence = specific switch
        {
            0 => Math.Min(confidence, 0.2),
            1 => Math.Min(confidence, 0.25),
            _ => confidence,
        };

        if (found.Count == 0)
        {
            return FormatMatch.None("none of the section labels of a paper summary page (TL;DR, Contribution, Findings, Taxonomy, …)");
        }

        var labels = string.Join(", ", found.Order().Select(SummaryLabels.NameOf));
        // Rounded so sums of weights read as 0.7, not 0.7000000000000001.
        return new FormatMatch(Math.Round(confidence, 2), string.Create(CultureInfo.InvariantCulture, $"{found.Count} section label(s): {labels}"));
    }

    /// <inheritdoc />
    public ParsedDocument Parse(SourceText text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return new PaperSummaryReader(text, context).Read();
    }
}
