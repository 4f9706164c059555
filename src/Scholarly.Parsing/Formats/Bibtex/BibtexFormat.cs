using System.Globalization;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.Bibtex;

/// <summary>
/// Reads BibTeX (<c>.bib</c>) files: every entry (<c>@article</c>, <c>@inproceedings</c>, <c>@book</c>,
/// <c>@misc</c>, <c>@phdthesis</c>, … and types it does not know) becomes a <see cref="Paper"/>.
/// Braced and quoted values, <c>#</c> concatenation, <c>@string</c> macros (and the month macros
/// <c>jan</c> … <c>dec</c>), <c>@comment</c>, <c>@preamble</c> and <c>crossref</c> inheritance are
/// understood; LaTeX in values becomes Unicode text.
/// </summary>
/// <remarks>
/// <para>
/// Fields: <c>title</c> (brace-protected parts in <see cref="Paper.ProtectedTitleSpans"/>), <c>author</c>
/// (BibTeX's name rules; <c>and others</c> sets <see cref="Paper.AuthorsTruncated"/>), <c>year</c>,
/// <c>month</c>, <c>day</c> or <c>date</c>, the venue (<c>journal</c>, <c>booktitle</c>, <c>school</c>,
/// <c>institution</c> or <c>howpublished</c>, with <c>volume</c>, <c>number</c> and <c>publisher</c>),
/// <c>pages</c>, <c>doi</c>, <c>eprint</c> with <c>archiveprefix = arXiv</c>, <c>url</c>, <c>abstract</c>
/// and <c>keywords</c>. Every other field is kept as written in <see cref="Paper.ExtraFields"/>; the
/// entry type is <see cref="Paper.EntryType"/> and the citation key an identifier of scheme
/// <see cref="IdentifierSchemes.Bibtex"/>.
/// </para>
/// <para>
/// Bad input never throws: an unclosed entry or value is read up to the next line that starts an
/// entry, undefined macros keep their names, and every problem is a diagnostic with its line.
/// </para>
/// </remarks>
public sealed class BibtexFormat : IFormatParser
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "bibtex";

    private static readonly HashSet<string> s_knownTypes =
    [
        "article", "inproceedings", "conference", "proceedings", "book", "inbook", "incollection", "collection",
        "booklet", "misc", "phdthesis", "mastersthesis", "thesis", "techreport", "report", "manual", "unpublished",
        "online", "software", "dataset", "string", "comment", "preamble",
    ];

    /// <inheritdoc />
    public string Id => FormatId;

    /// <inheritdoc />
    public string DisplayName => "BibTeX";

    /// <inheritdoc />
    public FormatMatch Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int known = 0, unknown = 0, fields = 0;
        string? example = null;
        foreach (var raw in new LineEnumerator(text.DetectionWindow))
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (line[0] == '@')
            {
                var open = line.IndexOfAny('{', '(');
                var type = open > 1 ? line[1..open].TrimEnd() : default;
                var name = type.ToString().ToLowerInvariant();
                if (name.Length == 0 || name.AsSpan().IndexOfAnyExceptInRange('a', 'z') >= 0)
                {
                    continue;
                }

                if (s_knownTypes.Contains(name))
                {
                    known++;
                    example ??= line[..Math.Min(line.Length, 40)].ToString();
                }
                else
                {
                    unknown++;
                }

                // A one-line entry has its fields after the key: "@article{k, title = {T}}".
                var comma = line.IndexOf(',');
                if (comma > open && comma + 1 < line.Length && LooksLikeField(line[(comma + 1)..].TrimStart()))
                {
                    fields++;
                }
            }
            else if (LooksLikeField(line))
            {
                fields++;
            }
        }

        if (known + unknown == 0)
        {
            return FormatMatch.None("no line starts a BibTeX entry such as \"@article{key,\"");
        }

        var confidence = known > 0 ? (fields > 0 ? 0.9 : 0.6) : (fields > 0 ? 0.5 : 0.2);
        confidence = known >= 2 && fields > 0 ? 0.95 : confidence;
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"{known} BibTeX entr{(known == 1 ? "y" : "ies")}{(example is null ? "" : $" such as \"{example}\"")}, {unknown} of unknown type, {fields} \"name = value\" field line(s)");
        return new FormatMatch(confidence, reason);
    }

    /// <inheritdoc />
    public ParsedDocument Parse(SourceText text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var reader = new BibtexReader(text, context);
        reader.Read();
        BibtexCrossrefs.Resolve(reader.Entries, context);
        var papers = new List<Paper>(reader.Entries.Count);
        foreach (var entry in reader.Entries)
        {
            papers.Add(BibtexPaperMapper.Map(entry, context));
        }

        ReportDuplicateKeys(reader.Entries, context);
        return new ParsedDocument { Papers = [.. papers] };
    }

    private static void ReportDuplicateKeys(List<BibtexEntry> entries, ParseContext context)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (entry.Key.Length > 0 && !seen.Add(entry.Key))
            {
                context.Report(DiagnosticCodes.MalformedValue, DiagnosticSeverity.Warning,
                    $"The citation key \"{entry.Key}\" is used again; both entries were kept.", entry.StartLine, 1);
            }
        }
    }

    // "name = value" as in an entry's field line: a word of field-name characters, then '='.
    private static bool LooksLikeField(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return false;
        }

        if (line[0] == ',')
        {
            line = line[1..].TrimStart();
        }

        var equals = line.IndexOf('=');
        if (equals <= 0)
        {
            return false;
        }

        var name = line[..equals].TrimEnd();
        if (name.IsEmpty || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-' and not '+' and not '.' and not ':')
            {
                return false;
            }
        }

        var value = line[(equals + 1)..].TrimStart();
        return !value.IsEmpty && (value[0] is '{' or '"' || char.IsAsciiLetterOrDigit(value[0]));
    }
}
