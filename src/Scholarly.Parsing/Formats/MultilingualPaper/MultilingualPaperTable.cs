using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Scholarly.Parsing.Formats.MultilingualPaper;

/// <summary>
/// The labels and languages the multilingual paper format knows. Supporting another language is a
/// matter of adding its labels and its <see cref="LanguageProfile"/> here (see <see cref="With"/>),
/// not of new parsing code.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class MultilingualPaperTable
{
    private static readonly MultilingualLabel[] s_defaultLabels =
    [
        new("Authors", MultilingualField.Authors, "en"),
        new("Author", MultilingualField.Authors, "en"),
        new("Autoren", MultilingualField.Authors, "de"),
        new("Autor", MultilingualField.Authors, "de"),
        new("Published", MultilingualField.Date, "en"),
        new("Veröffentlicht", MultilingualField.Date, "de"),
        new("Categories", MultilingualField.Categories, "en"),
        new("Subjects", MultilingualField.Categories, "en"),
        new("Kategorien", MultilingualField.Categories, "de"),
        new("Abstract", MultilingualField.Abstract, "en"),
        new("Zusammenfassung", MultilingualField.Abstract, "de"),
        new("Kurzfassung", MultilingualField.Abstract, "de"),
        new("English", MultilingualField.LanguageSection, "en"),
        new("Englisch", MultilingualField.LanguageSection, "en"),
        new("German", MultilingualField.LanguageSection, "de"),
        new("Deutsch", MultilingualField.LanguageSection, "de"),
        new("Summary", MultilingualField.Summary, "en"),
        new("AI-Generated Summary", MultilingualField.GeneratedSummary, "en"),
        new("AI Summary", MultilingualField.GeneratedSummary, "en"),
        new("KI-generierte Zusammenfassung", MultilingualField.GeneratedSummary, "de"),
    ];

    private static readonly LanguageProfile[] s_defaultLanguages =
    [
        new("en",
            "the and of to in is are for on with that this we by from as an be which these our its it or at their "
            + "between into than when how can has have not such while both over under via using show",
            "",
            "January Jan|February Feb|March Mar|April Apr|May|June Jun|July Jul|August Aug|September Sep Sept|October Oct|November Nov|December Dec",
            "and &"),
        new("de",
            "der die das und den dem des ein eine einer eines einem einen ist sind mit von zu auf für nicht sich wir sie "
            + "auch im um wie oder bei aus durch über dass diese dieser dieses werden wird zur zum unter zwischen",
            "äöüßÄÖÜ",
            "Januar Jan Jänner|Februar Feb|März Mär Mrz|April Apr|Mai|Juni Jun|Juli Jul|August Aug|September Sep Sept|Oktober Okt|November Nov|Dezember Dez",
            "und &"),
    ];

    /// <summary>Creates a table.</summary>
    /// <param name="labels">The labels; when two could match a line, the longer wins.</param>
    /// <param name="languages">The languages, used to tell which language a title or abstract is in.</param>
    /// <param name="preferredLanguage">The language of <see cref="Model.Paper.Title"/> when the page has it (the original's language).</param>
    public MultilingualPaperTable(IEnumerable<MultilingualLabel> labels, IEnumerable<LanguageProfile> languages, string preferredLanguage)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentException.ThrowIfNullOrEmpty(preferredLanguage);

        // Longest first, so "AI-Generated Summary" is found before "Summary" could be.
        Labels = [.. labels.OrderByDescending(l => l.Text.Length)];
        Languages = [.. languages];
        PreferredLanguage = preferredLanguage;

        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var conjunctions = new List<string>();
        foreach (var language in Languages)
        {
            foreach (var (name, month) in language.Months)
            {
                months.TryAdd(name, month);
            }

            foreach (var conjunction in language.Conjunctions)
            {
                if (!conjunctions.Contains(conjunction, StringComparer.OrdinalIgnoreCase))
                {
                    conjunctions.Add(conjunction);
                }
            }
        }

        // Most lines start and end with a character no label does: one lookup rules them out.
        var starts = new HashSet<char>();
        var ends = new HashSet<char>();
        foreach (var label in Labels)
        {
            if (label.Text.Length > 0)
            {
                starts.Add(char.ToUpperInvariant(label.Text[0]));
                starts.Add(char.ToLowerInvariant(label.Text[0]));
                ends.Add(label.Text[^1]);
            }
        }

        _labelStarts = SearchValues.Create([.. starts]);
        _labelEnds = SearchValues.Create([.. ends]);
        Months = months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Conjunctions = [.. conjunctions];
    }

    private readonly SearchValues<char> _labelStarts;
    private readonly SearchValues<char> _labelEnds;

    /// <summary>The built-in table: English and German.</summary>
    public static MultilingualPaperTable Default { get; } = new(s_defaultLabels, s_defaultLanguages, "en");

    /// <summary>The labels, longest first.</summary>
    public ImmutableArray<MultilingualLabel> Labels { get; }

    /// <summary>The known languages.</summary>
    public ImmutableArray<LanguageProfile> Languages { get; }

    /// <summary>The language preferred for the paper's main title and abstract.</summary>
    public string PreferredLanguage { get; }

    /// <summary>The month names of every language.</summary>
    public FrozenDictionary<string, int> Months { get; }

    /// <summary>The author-list conjunctions of every language.</summary>
    public ImmutableArray<string> Conjunctions { get; }

    /// <summary>A table with more labels and languages, e.g. French.</summary>
    /// <param name="labels">Labels to add.</param>
    /// <param name="languages">Languages to add.</param>
    public MultilingualPaperTable With(IEnumerable<MultilingualLabel> labels, params LanguageProfile[] languages) =>
        new([.. Labels, .. labels], [.. Languages, .. languages], PreferredLanguage);

    /// <summary>
    /// Whether the line starts with a label: the whole line is the label (optionally with a colon),
    /// or the label is followed by a colon and its content.
    /// </summary>
    /// <param name="line">A trimmed line.</param>
    /// <param name="label">The label found.</param>
    /// <param name="contentOffset">Where the content after the label starts (the line's length when there is none).</param>
    public bool TryMatchLabel(ReadOnlySpan<char> line, [NotNullWhen(true)] out MultilingualLabel? label, out int contentOffset)
    {
        if (line.IsEmpty || !_labelStarts.Contains(line[0]))
        {
            label = null;
            contentOffset = 0;
            return false;
        }

        foreach (var candidate in Labels)
        {
            if (!line.StartsWith(candidate.Text, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = line[candidate.Text.Length..].TrimStart();
            if (rest.IsEmpty)
            {
                label = candidate;
                contentOffset = line.Length;
                return true;
            }

            if (rest[0] == ':')
            {
                var content = rest[1..].TrimStart();
                label = candidate;
                contentOffset = line.Length - content.Length;
                return true;
            }
        }

        label = null;
        contentOffset = 0;
        return false;
    }

    /// <summary>
    /// Whether a heading label is glued to the end of a sentence, as in <c>…predictions.Summary</c>
    /// (a copy from a page that shows the heading right after the text).
    /// </summary>
    /// <param name="line">A trimmed line.</param>
    /// <param name="label">The heading found.</param>
    /// <param name="labelOffset">Where the heading starts in the line.</param>
    public bool TryMatchGluedHeading(ReadOnlySpan<char> line, [NotNullWhen(true)] out MultilingualLabel? label, out int labelOffset)
    {
        if (line.IsEmpty || !_labelEnds.Contains(line[^1]))
        {
            label = null;
            labelOffset = 0;
            return false;
        }

        foreach (var candidate in Labels)
        {
            // Glued headings are matched case-sensitively: a capitalised word right after a full stop.
            if (candidate.IsInline || line.Length <= candidate.Text.Length || !line.EndsWith(candidate.Text, StringComparison.Ordinal))
            {
                continue;
            }

            var offset = line.Length - candidate.Text.Length;
            if (line[offset - 1] is '.' or '!' or '?' or ')' or ']' or '"' or '\'' or '\u201D' or '\u2019')
            {
                label = candidate;
                labelOffset = offset;
                return true;
            }
        }

        label = null;
        labelOffset = 0;
        return false;
    }

    /// <summary>The profile of a language, or <see langword="null"/> when it is not known.</summary>
    public LanguageProfile? FindLanguage(string? language)
    {
        foreach (var profile in Languages)
        {
            if (string.Equals(profile.Language, language, StringComparison.OrdinalIgnoreCase))
            {
                return profile;
            }
        }

        return null;
    }
}
