using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scholarly.Parsing.Formats.Bibtex;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Serialization;

/// <summary>
/// Writes papers as CSL-JSON, the bibliography format of citeproc-js, Pandoc and Zotero: an array of
/// items with <c>id</c>, <c>type</c>, <c>title</c>, <c>author</c> (<c>family</c>, <c>given</c>,
/// <c>non-dropping-particle</c>, <c>suffix</c>, or <c>literal</c> for an organisation), <c>issued</c>
/// (<c>date-parts</c>), <c>container-title</c>, <c>volume</c>, <c>issue</c>, <c>page</c>,
/// <c>publisher</c>, <c>publisher-place</c>, <c>DOI</c>, <c>URL</c>, <c>abstract</c>, <c>keyword</c>
/// and <c>language</c>.
/// </summary>
/// <remarks>
/// Written with <see cref="Utf8JsonWriter"/> (no reflection, so it works under trimming and Native
/// AOT). Ids are the citation keys <see cref="BibtexWriter"/> would use, so a document's CSL-JSON
/// and BibTeX agree. Properties without a value are left out.
/// </remarks>
/// <example>
/// <code>
/// File.WriteAllText("papers.json", CslJson.Serialize(PaperParser.Parse(bibText)));
/// </code>
/// </example>
public static class CslJson
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        // Keep names and titles readable; the output is for files and tools, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the papers of a document as a CSL-JSON array.</summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string Serialize(ParsedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Serialize(document.Papers);
    }

    /// <summary>Writes papers as a CSL-JSON array.</summary>
    /// <param name="papers">The papers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="papers"/> is <see langword="null"/>.</exception>
    public static string Serialize(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_options))
        {
            Write(writer, papers);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes papers as a CSL-JSON array to a JSON writer.</summary>
    /// <param name="writer">The writer; it is flushed, not disposed.</param>
    /// <param name="papers">The papers.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(papers);
        var list = papers.ToList();
        var ids = CitationKeys.Assign(list);
        writer.WriteStartArray();
        for (var i = 0; i < list.Count; i++)
        {
            WriteItem(writer, list[i] ?? throw new ArgumentException("The papers include null.", nameof(papers)), ids[i]);
        }

        writer.WriteEndArray();
        writer.Flush();
    }

    /// <summary>The CSL item type of a paper, from its entry type or else its venue's kind.</summary>
    /// <param name="paper">The paper.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paper"/> is <see langword="null"/>.</exception>
    public static string TypeOf(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return paper.EntryType?.ToLowerInvariant() switch
        {
            "article" or "periodical" => "article-journal",
            "inproceedings" or "conference" => "paper-conference",
            "proceedings" or "book" or "mvbook" or "collection" or "booklet" => "book",
            "inbook" or "incollection" or "bookinbook" => "chapter",
            "phdthesis" or "mastersthesis" or "thesis" => "thesis",
            "techreport" or "report" or "manual" => "report",
            "unpublished" => "manuscript",
            "online" or "www" or "electronic" => "webpage",
            "software" => "software",
            "dataset" => "dataset",
            "patent" => "patent",
            _ => paper.Venue?.Kind switch
            {
                VenueKind.Journal => "article-journal",
                VenueKind.Conference or VenueKind.Findings or VenueKind.Workshop => "paper-conference",
                VenueKind.Book => "chapter",
                VenueKind.Thesis => "thesis",
                VenueKind.Preprint => "article",
                _ => "document",
            },
        };
    }

    private static void WriteItem(Utf8JsonWriter writer, Paper paper, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", TypeOf(paper));
        WriteText(writer, "title", paper.Title);
        if (!paper.Authors.IsEmpty)
        {
            writer.WriteStartArray("author");
            foreach (var author in paper.Authors)
            {
                WriteName(writer, author);
            }

            writer.WriteEndArray();
        }

        if (paper.Date is { } date)
        {
            writer.WriteStartObject("issued");
            writer.WriteStartArray("date-parts");
            writer.WriteStartArray();
            writer.WriteNumberValue(date.Year);
            if (date.Month is { } month)
            {
                writer.WriteNumberValue(month);
                if (date.Day is { } day)
                {
                    writer.WriteNumberValue(day);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        WriteText(writer, "container-title", paper.Venue?.Name);
        WriteText(writer, "volume", paper.Venue?.Volume);
        WriteText(writer, "issue", paper.Venue?.Issue);
        WriteText(writer, "page", paper.Pages);
        WriteText(writer, "publisher", paper.Venue?.Publisher);
        WriteText(writer, "publisher-place", paper.ExtraFields.FirstOrDefault(f => f.Name is "address" or "CY")?.Value);
        WriteText(writer, "DOI", paper.Identifiers.FirstOrDefault(i => i.Scheme == IdentifierSchemes.Doi)?.Value);
        WriteText(writer, "URL", paper.Links.FirstOrDefault(l => l.Kind == LinkKind.Page && l.Url is not null)?.Url
            ?? paper.Links.FirstOrDefault(l => l.Url is not null)?.Url);
        WriteText(writer, "abstract", paper.Abstract?.Text);
        if (!paper.Keywords.IsEmpty)
        {
            writer.WriteString("keyword", string.Join(", ", paper.Keywords));
        }

        WriteText(writer, "language", paper.Language);
        writer.WriteEndObject();
    }

    // An organisation ("{Barack Obama}" in BibTeX: a family name of several words and nothing else) is a literal.
    private static void WriteName(Utf8JsonWriter writer, PersonName name)
    {
        writer.WriteStartObject();
        var organisation = name.Given is null && name.Particle is null && name.Suffix is null
            && (name.Family is null || name.Family.Contains(' ', StringComparison.Ordinal));
        if (organisation)
        {
            writer.WriteString("literal", name.Family ?? name.Written);
        }
        else
        {
            WriteText(writer, "family", name.Family);
            WriteText(writer, "given", name.Given);
            WriteText(writer, "non-dropping-particle", name.Particle);
            WriteText(writer, "suffix", name.Suffix);
        }

        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            writer.WriteString(name, value);
        }
    }
}
