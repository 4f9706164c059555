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

        // A line is a label line only if its text before any colon is a label, and a glued heading
        // only if the label's text ends it after a full stop: both are one lookup of an exact text,
        // tried only at the lengths labels have, instead of a prefix or suffix test per label.
        var byText = new Dictionary<string, MultilingualLabel>(StringComparer.OrdinalIgnoreCase);
        var gluedByText = new Dictionary<string, MultilingualLabel>(StringComparer.Ordinal);
        var gluedLengths = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (var label in Labels)
        {
            if (label.Text.Length == 0)
            {
                continue;
            }

            byText.TryAdd(label.Text, label);
            _maxLabelLength = Math.Max(_maxLabelLength, label.Text.Length);
            if (label.Text.Length < 64)
            {
                _labelLengths |= 1UL << label.Text.Length;
            }

            if (!label.IsInline && gluedByText.TryAdd(label.Text, label))
            {
                gluedLengths.Add(label.Text.Length);
            }
        }

        _labelsByText = byText.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _gluedByText = gluedByText.ToFrozenDictionary(StringComparer.Ordinal);
        _gluedLengths = [.. gluedLengths];
        _gluedEnds = SearchValues.Create([.. gluedByText.Keys.Select(t => t[^1]).Distinct()]);
        Months = months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Conjunctions = [.. conjunctions];
    }

    private readonly FrozenDictionary<string, MultilingualLabel> _labelsByText;
    private readonly FrozenDictionary<string, MultilingualLabel> _gluedByText;
    private readonly int[] _gluedLengths;
    private readonly SearchValues<char> _gluedEnds;
    private readonly ulong _labelLengths;
    private readonly int _maxLabelLength;

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
        label = null;
        contentOffset = 0;
        var colon = line.IndexOf(':');
        var head = (colon < 0 ? line : line[..colon]).TrimEnd();
        if (head.IsEmpty || head.Length > _maxLabelLength
            || (head.Length < 64 && (_labelLengths & (1UL << head.Length)) == 0)
            || !_labelsByText.TryGetValue(head.ToString(), out label))
        {
            label = null;
            return false;
        }

        contentOffset = colon < 0 ? line.Length : line.Length - line[(colon + 1)..].TrimStart().Length;
        return true;
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
        if (line.IsEmpty || !_gluedEnds.Contains(line[^1]))
        {
            label = null;
            labelOffset = 0;
            return false;
        }

        // Longest first, so "AI-Generated Summary" is found before "Summary" could be.
        foreach (var length in _gluedLengths)
        {
            // Glued headings are matched case-sensitively: a capitalised word right after a full stop.
            var offset = line.Length - length;
            if (offset <= 0 || line[offset - 1] is not ('.' or '!' or '?' or ')' or ']' or '"' or '\'' or '\u201D' or '\u2019'))
            {
                continue;
            }

            if (_gluedByText.TryGetValue(line[offset..].ToString(), out label))
            {
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
