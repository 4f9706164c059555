using System.Text;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.MultilingualPaper;

/// <summary>
/// Reads a single-paper page that shows the paper in more than one language, as copied from a
/// browser: a translated title and the original title, the date, a labelled author line
/// (<c>Autoren:</c>, <c>Authors:</c>), arXiv categories, and abstracts under headings such as
/// <c>Zusammenfassung</c> and <c>English</c>, possibly followed by a (machine-generated) summary.
/// </summary>
/// <remarks>
/// <para>
/// The paper's <see cref="Model.Paper.Title"/> and <see cref="Model.Paper.Abstract"/> are in the
/// original language (English when the page has it); the other languages become
/// <see cref="Model.Paper.Translations"/>. Which title is in which language is told from the words of
/// each title, not from its position.
/// </para>
/// <para>
/// Hard-wrapped abstracts are re-joined into paragraphs (a hyphen at a line end is kept, as in
/// <c>inter-modality</c>); <see cref="Model.PaperAbstract.Raw"/> keeps the lines as on the page. A
/// heading glued to the last sentence (<c>…predictions.Summary</c>) is split off, and an empty
/// summary section gives no <see cref="Model.PaperSummary"/>; both are reported as information. A
/// summary with text becomes <see cref="Model.PaperSummary.TlDr"/>, with
/// <see cref="Model.PaperSummary.IsGenerated"/> set when its heading says it is machine-generated.
/// </para>
/// <para>Labels and languages come from a table: English and German are built in.</para>
/// </remarks>
public sealed class MultilingualPaperFormat : IFormatParser
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "multilingual-paper";

    // Detection looks at the first few lines before any label for titles in different languages.
    private const int MaxDetectedTitles = 3;

    private readonly MultilingualPaperTable _table;

    /// <summary>Creates the format with the built-in labels and languages.</summary>
    public MultilingualPaperFormat()
        : this(MultilingualPaperTable.Default)
    {
    }

    /// <summary>Creates the format with a label table of its own (e.g. one with French labels).</summary>
    internal MultilingualPaperFormat(MultilingualPaperTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    /// <inheritdoc />
    public string Id => FormatId;

    /// <inheritdoc />
    public string DisplayName => "Single-paper page with a translated title and abstract";

    /// <inheritdoc />
    public FormatMatch Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool authors = false, abstractHeading = false, languageSection = false, summary = false, date = false, category = false;
        var titles = new List<string>(MaxDetectedTitles);
        var sawStructure = false;
        foreach (var raw in new LineEnumerator(text.DetectionWindow))
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (_table.TryMatchLabel(line, out var label, out _))
            {
                sawStructure = true;
                authors |= label.Field == MultilingualField.Authors;
                abstractHeading |= label.Field == MultilingualField.Abstract;
                languageSection |= label.Field == MultilingualField.LanguageSection;
                summary |= label.IsSummary;
                continue;
            }

            if (_table.TryMatchGluedHeading(line, out var glued, out _))
            {
                summary |= glued.IsSummary;
                languageSection |= glued.Field == MultilingualField.LanguageSection;
            }

            if (!sawStructure && PageDateReader.TryRead(line, _table.Months, out _))
            {
                date = sawStructure = true;
            }
            else if (ArxivCategories.IsCategoryLine(line))
            {
                category = true;
            }
            else if (!sawStructure && titles.Count < MaxDetectedTitles)
            {
                titles.Add(line.ToString());
            }
        }

        var titleLanguages = titles.Select(t => LanguageGuesser.Guess(t, _table.Languages)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var bilingual = titleLanguages.Count >= 2;

        var confidence = (authors ? 0.25 : 0) + (abstractHeading ? 0.2 : 0) + (languageSection ? 0.25 : 0)
            + (date ? 0.1 : 0) + (category ? 0.1 : 0) + (bilingual ? 0.15 : 0) + (summary ? 0.05 : 0);

        // An abstract heading, a date or a category alone is common to many pages: without a labelled
        // author line, a language heading or titles in two languages this is not this format.
        if (!authors && !languageSection && !bilingual)
        {
            confidence = Math.Min(confidence, 0.25);
        }

        var reason = new StringBuilder();
        Append(authors, "a labelled author line");
        Append(abstractHeading, "an abstract heading");
        Append(languageSection, "a language heading");
        Append(summary, "a summary heading");
        Append(date, "a date line");
        Append(category, "an arXiv category line");
        Append(bilingual, "titles in " + string.Join(" and ", titleLanguages));
        // Rounded so sums of weights read as 0.7, not 0.7000000000000001.
        return new FormatMatch(Math.Round(confidence, 2), reason.Length == 0
            ? "none of the labels of a multilingual paper page"
            : reason.ToString());

        void Append(bool present, string what)
        {
            if (present)
            {
                reason.Append(reason.Length == 0 ? "" : ", ").Append(what);
            }
        }
    }

    /// <inheritdoc />
    public ParsedDocument Parse(SourceText text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return new MultilingualPaperReader(_table, text, context).Read();
    }
}
