using System.Globalization;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.Ris;

/// <summary>
/// Reads RIS files (EndNote, Zotero, Mendeley, publishers' "export citation"), and Web of Science's
/// tagged export: one <see cref="Paper"/> per record.
/// </summary>
/// <remarks>
/// <para>
/// Tags: <c>TY</c> (mapped to a BibTeX entry type in <see cref="Paper.EntryType"/>), <c>TI</c>/<c>T1</c>,
/// repeated <c>AU</c>/<c>A1</c> (<c>Last, First, Suffix</c>), <c>PY</c>/<c>Y1</c>/<c>DA</c>
/// (<c>1948/07//</c>), the venue from <c>T2</c>, <c>JF</c>, <c>JO</c>, <c>BT</c> or <c>JA</c> with
/// <c>VL</c>, <c>IS</c> and <c>PB</c>, <c>SP</c>–<c>EP</c>, <c>DO</c>, <c>UR</c> and <c>L1</c>,
/// <c>AB</c>/<c>N2</c> and <c>KW</c>. Every other tag is kept in <see cref="Paper.ExtraFields"/>.
/// </para>
/// <para>
/// A line without a tag continues the value above it; lines between records are skipped; a record
/// without <c>ER</c> ends at the next <c>TY</c> or the end of the file, with a warning. A byte-order
/// mark and leading blank lines are ignored.
/// </para>
/// </remarks>
public sealed class RisFormat : IFormatParser
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "ris";

    /// <inheritdoc />
    public string Id => FormatId;

    /// <inheritdoc />
    public string DisplayName => "RIS (and Web of Science tagged export)";

    /// <inheritdoc />
    public FormatMatch Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int tags = 0, types = 0, ends = 0, wosTags = 0, wosTypes = 0, wosHeaders = 0;
        foreach (var line in new LineEnumerator(text.DetectionWindow))
        {
            if (RisLines.TryReadRisTag(line, out var tag, out _))
            {
                tags++;
                types += tag == "TY" ? 1 : 0;
                ends += tag == "ER" ? 1 : 0;
            }
            else if (RisLines.TryReadWosTag(line, out var wos, out _))
            {
                wosTags++;
                wosTypes += wos == "PT" ? 1 : 0;
                wosHeaders += wos is "FN" or "VR" ? 1 : 0;
                ends += wos == "ER" ? 1 : 0;
            }
        }

        if (types > 0 && tags >= 3)
        {
            return new FormatMatch(ends > 0 ? 0.95 : 0.85, Reason(tags, types, ends, "RIS"));
        }

        if (wosTypes > 0 && wosTags >= 5 && (wosHeaders > 0 || ends > 0))
        {
            return new FormatMatch(wosHeaders > 0 ? 0.9 : 0.8, Reason(wosTags, wosTypes, ends, "Web of Science"));
        }

        return tags >= 5
            ? new FormatMatch(0.4, Reason(tags, types, ends, "RIS"))
            : FormatMatch.None("no record starting with \"TY  - \" (RIS) or \"PT \" (Web of Science)");
    }

    /// <inheritdoc />
    public ParsedDocument Parse(SourceText text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var reader = new RisReader(text, context);
        reader.Read();
        var papers = new List<Paper>(reader.Records.Count);
        foreach (var record in reader.Records)
        {
            papers.Add(RisPaperMapper.Map(record, context, reader.IsWos));
        }

        return new ParsedDocument { Papers = [.. papers] };
    }

    private static string Reason(int tags, int types, int ends, string dialect) =>
        string.Create(CultureInfo.InvariantCulture, $"{dialect}: {tags} tag line(s), {types} record type(s), {ends} end tag(s)");
}
