using System.Globalization;
using System.Text;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.Bibtex;

/// <summary>
/// Writes papers as BibTeX: one entry per paper, with citation keys in the ACL Anthology's style
/// (<c>kim-etal-2024-im</c>), text escaped back to LaTeX, and one canonical field order.
/// </summary>
/// <remarks>
/// <para>
/// A paper keeps its own citation key (an identifier of scheme <see cref="IdentifierSchemes.Bibtex"/>)
/// when it has one; other papers get a key from the first author's family name folded to lowercase
/// ASCII, <c>etal</c> for three or more authors (or the second author's family name for two), the year
/// and the first title word that is not a stopword. Keys that collide are made unique
/// deterministically, by further title words and then by a number.
/// </para>
/// <para>
/// Fields are written in this order: <c>title</c>, <c>author</c>, the venue (<c>journal</c>,
/// <c>booktitle</c>, <c>school</c>, <c>institution</c> or <c>howpublished</c>, as the entry type
/// wants), <c>volume</c>, <c>number</c>, <c>month</c>, <c>year</c>, <c>day</c>, <c>publisher</c>,
/// <c>url</c>, <c>doi</c>, <c>eprint</c>, <c>archiveprefix</c>, <c>pages</c>, <c>abstract</c>,
/// <c>keywords</c>, then <see cref="Paper.ExtraFields"/> as they are. Reading the output with
/// <see cref="BibtexFormat"/> gives back every property BibTeX can hold.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var document = PaperParser.Parse(pageText);
/// File.WriteAllText("papers.bib", BibtexWriter.Write(document));
/// </code>
/// </example>
public static class BibtexWriter
{
    private const string Indent = "    ";

    /// <summary>Writes the papers of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The <c>.bib</c> text; empty when the document has no papers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string Write(ParsedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Write(document.Papers);
    }

    /// <summary>Writes one paper.</summary>
    /// <param name="paper">The paper.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paper"/> is <see langword="null"/>.</exception>
    public static string Write(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return Write([paper]);
    }

    /// <summary>Writes papers, separated by blank lines.</summary>
    /// <param name="papers">The papers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="papers"/> is <see langword="null"/>.</exception>
    public static string Write(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, papers);
        return writer.ToString();
    }

    /// <summary>Writes papers to a text writer, separated by blank lines.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="papers">The papers.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(papers);
        var list = papers.ToList();
        var keys = CitationKeys.Assign(list);
        var entry = new StringBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            entry.Clear();
            AppendEntry(entry, list[i] ?? throw new ArgumentException("The papers include null.", nameof(papers)), keys[i]);
            if (i > 0)
            {
                writer.Write('\n');
            }

            writer.Write(entry.ToString());
        }
    }

    /// <summary>
    /// The citation key the writer would create for a paper on its own, in the ACL Anthology's style,
    /// e.g. <c>kim-etal-2024-im</c> (the paper's own key, if any, is not used).
    /// </summary>
    /// <param name="paper">The paper.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paper"/> is <see langword="null"/>.</exception>
    public static string CreateCitationKey(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var (stem, words) = CitationKeys.Create(paper);
        return words.Count > 0 ? stem + "-" + words[0] : stem;
    }

    private static void AppendEntry(StringBuilder builder, Paper paper, string key)
    {
        var type = paper.EntryType is { Length: > 0 } own && BibtexEscaper.IsName(own)
            ? own.ToLowerInvariant()
            : BibtexEntryTypes.TypeFor(paper.Venue?.Kind ?? VenueKind.Unknown);
        builder.Append('@').Append(type).Append('{').Append(key).Append(",\n");

        if (paper.Title.Length > 0)
        {
            Field(builder, "title", Title(paper));
        }

        if (!paper.Authors.IsEmpty)
        {
            var names = paper.Authors.Select(Name).ToList();
            if (paper.AuthorsTruncated)
            {
                names.Add("others");
            }

            Field(builder, "author", string.Join(" and ", names));
        }

        if (paper.Venue is { } venue)
        {
            TextField(builder, BibtexEntryTypes.VenueFieldOf(type), venue.Name);
            TextField(builder, "volume", venue.Volume);
            TextField(builder, "number", venue.Issue);
        }

        if (paper.Date is { } date)
        {
            if (date.Month is { } month and >= 1 and <= 12)
            {
                builder.Append(Indent).Append("month = ")
                    .Append(CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)[..3].ToLowerInvariant()).Append(",\n");
            }

            Field(builder, "year", date.Year.ToString(CultureInfo.InvariantCulture));
            if (date.Day is { } day)
            {
                Field(builder, "day", day.ToString(CultureInfo.InvariantCulture));
            }
        }

        TextField(builder, "publisher", paper.Venue?.Publisher);
        VerbatimField(builder, "url", Url(paper));
        foreach (var identifier in paper.Identifiers)
        {
            if (identifier.Scheme == IdentifierSchemes.Doi)
            {
                VerbatimField(builder, "doi", identifier.Value);
                break;
            }
        }

        foreach (var identifier in paper.Identifiers)
        {
            if (identifier.Scheme == IdentifierSchemes.Arxiv)
            {
                VerbatimField(builder, "eprint", identifier.Value);
                Field(builder, "archiveprefix", "arXiv");
                break;
            }
        }

        TextField(builder, "pages", paper.Pages);
        TextField(builder, "abstract", paper.Abstract?.Text);
        if (!paper.Keywords.IsEmpty)
        {
            TextField(builder, "keywords", string.Join(", ", paper.Keywords));
        }

        foreach (var extra in paper.ExtraFields)
        {
            if (BibtexEscaper.IsName(extra.Name))
            {
                Field(builder, extra.Name.ToLowerInvariant(), BibtexEscaper.BracesBalance(extra.Value) ? extra.Value : BibtexEscaper.Escape(extra.Value));
            }
        }

        // The last field keeps its comma: BibTeX allows it and diffs stay one line long.
        builder.Append("}\n");
    }

    private static string Title(Paper paper)
    {
        var title = paper.Title;
        var ranges = new List<(int Start, int Length)>();
        var covered = new bool[title.Length];
        // Every occurrence is protected, longer spans first, so "{N}eural" and "{BERT}" both come back.
        foreach (var span in paper.ProtectedTitleSpans.OrderByDescending(s => s.Length))
        {
            for (var at = span.Length == 0 ? -1 : title.IndexOf(span, StringComparison.Ordinal); at >= 0; at = title.IndexOf(span, at + 1, StringComparison.Ordinal))
            {
                if (!covered.AsSpan(at, span.Length).Contains(true))
                {
                    covered.AsSpan(at, span.Length).Fill(true);
                    ranges.Add((at, span.Length));
                }
            }
        }

        ranges.Sort();
        var builder = new StringBuilder(title.Length + 16);
        var position = 0;
        foreach (var (start, length) in ranges)
        {
            BibtexEscaper.Append(builder, title.AsSpan(position, start - position));
            builder.Append('{');
            BibtexEscaper.Append(builder, title.AsSpan(start, length));
            builder.Append('}');
            position = start + length;
        }

        BibtexEscaper.Append(builder, title.AsSpan(position));
        return builder.ToString();
    }

    // The name as written when BibTeX's rules split it the same way; otherwise "von Last, Jr, First".
    private static string Name(PersonName name)
    {
        var written = BibtexEscaper.Escape(name.Written);
        var again = BibtexNames.ParseList(written, latex: true, out var truncated);
        if (!truncated && again.Count == 1 && again[0] == name with { IsSplitGuessed = false })
        {
            return written;
        }

        if (name.Family is null)
        {
            return "{" + written + "}";
        }

        var family = BibtexEscaper.Escape(name.Family);
        if (name.Given is null && name.Particle is null && name.Suffix is null)
        {
            // A corporate name ("{Barack Obama}") or a single name stays one word.
            return "{" + family + "}";
        }

        if (char.IsLower(name.Family[0]) || family.Contains(',', StringComparison.Ordinal))
        {
            family = "{" + family + "}";
        }

        var builder = new StringBuilder();
        if (name.Particle is not null)
        {
            builder.Append(BibtexEscaper.Escape(name.Particle)).Append(' ');
        }

        builder.Append(family);
        if (name.Suffix is not null)
        {
            builder.Append(", ").Append(BibtexEscaper.Escape(name.Suffix));
        }

        if (name.Given is not null || name.Suffix is not null)
        {
            builder.Append(", ").Append(BibtexEscaper.Escape(name.Given ?? ""));
        }

        return builder.ToString();
    }

    private static string? Url(Paper paper)
    {
        foreach (var link in paper.Links)
        {
            if (link.Kind == LinkKind.Page && link.Url is not null)
            {
                return link.Url;
            }
        }

        return paper.Links.FirstOrDefault(l => l.Url is not null)?.Url;
    }

    private static void TextField(StringBuilder builder, string name, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Field(builder, name, BibtexEscaper.Escape(WhitespaceText.Collapse(text)));
        }
    }

    // URLs and identifiers are written as they are; only characters that would break the value are escaped.
    private static void VerbatimField(StringBuilder builder, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Field(builder, name, value.Replace("{", @"\{", StringComparison.Ordinal).Replace("}", @"\}", StringComparison.Ordinal));
        }
    }

    private static void Field(StringBuilder builder, string name, string value) =>
        builder.Append(Indent).Append(name).Append(" = {").Append(value).Append("},\n");
}
