using System.Globalization;
using Scholarly.Parsing.Formats.PaperPages;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.MultilingualPaper;

/// <summary>
/// Reads one multilingual paper page. The page has front matter (titles, date, author line,
/// categories) and then headed sections (abstracts per language, a summary); labels come from a
/// <see cref="MultilingualPaperTable"/>. One reader serves one parse.
/// </summary>
internal sealed class MultilingualPaperReader
{
    // More title-like lines than this before the first section are not titles.
    private const int MaxTitleLines = 4;

    // The language tag of a title whose language cannot be told (BCP 47 "undetermined").
    private const string Undetermined = "und";

    private readonly MultilingualPaperTable _table;
    private readonly SourceText _text;
    private readonly ParseContext _context;
    private readonly SkippedLines _skipped;
    private readonly List<PageLine> _titles = [];
    private readonly List<Section> _sections = [];
    private readonly BoundedList<PersonName> _authors;
    private readonly BoundedList<string> _categories;
    private readonly HashSet<string> _authorNames = new(StringComparer.Ordinal);
    private Section? _current;
    private Pending? _pending;
    private PublicationDate? _date;
    private int _dateLine;
    private int _authorsLabelLine;
    private bool _authorsTruncated;
    private int _firstLine;
    private int _lastLine;

    public MultilingualPaperReader(MultilingualPaperTable table, SourceText text, ParseContext context)
    {
        _table = table;
        _text = text;
        _context = context;
        _skipped = new SkippedLines(context);
        _authors = new BoundedList<PersonName>(context, "authors");
        _categories = new BoundedList<string>(context, "categories", StringComparer.Ordinal);
    }

    public ParsedDocument Read()
    {
        for (var number = 1; number <= _text.LineCount; number++)
        {
            if ((number & 0xFFF) == 0)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
            }

            var line = PageLine.Read(_text, number);
            if (line.IsBlank)
            {
                _current?.Lines.Add(line);
                if (_pending is { Consumed: true })
                {
                    _pending = null;
                }

                continue;
            }

            _firstLine = _firstLine == 0 ? number : _firstLine;
            _lastLine = number;
            if (_table.TryMatchLabel(line.Text, out var label, out var contentOffset))
            {
                OnLabel(line, label, contentOffset);
            }
            else if (_current is not null)
            {
                OnSectionLine(line);
            }
            else
            {
                OnFrontMatterLine(line);
            }
        }

        ClosePending();
        _skipped.Flush();
        return new ParsedDocument { Papers = [BuildPaper()] };
    }

    private void OnLabel(PageLine line, MultilingualLabel label, int contentOffset)
    {
        ClosePending();
        var content = contentOffset < line.Text.Length ? line.From(contentOffset) : (PageLine?)null;
        if (label.IsInline)
        {
            // A field label ends the section above it.
            _current = null;
            if (label.Field == MultilingualField.Authors)
            {
                if (_authorsLabelLine != 0)
                {
                    _context.Report(DiagnosticCodes.DuplicateSection, DiagnosticSeverity.Warning,
                        $"The authors are listed again (first on line {_authorsLabelLine}); names not listed before were added.",
                        line.Number, line.Column);
                }
                else
                {
                    _authorsLabelLine = line.Number;
                }
            }

            if (content is { } inline)
            {
                ReadField(label, inline);
            }
            else
            {
                _pending = new Pending(label, line);
            }

            return;
        }

        StartSection(label, line.Number, line.Column);
        if (content is { } first)
        {
            _current!.Lines.Add(first);
        }
    }

    private void OnSectionLine(PageLine line)
    {
        if (_table.TryMatchGluedHeading(line.Text, out var glued, out var offset))
        {
            _current!.Lines.Add(line with { Text = line.Text[..offset] });
            _context.Report(DiagnosticCodes.MalformedValue, DiagnosticSeverity.Info,
                $"The heading \"{glued.Text}\" was glued to the end of the \"{_current.Label.Text}\" text "
                + $"(\"{Excerpt.Tail(line.Text)}\"); it was removed from that text and starts its own section.",
                line.Number, line.Column + offset);
            StartSection(glued, line.Number, line.Column + offset);
            return;
        }

        _current!.Lines.Add(line);
    }

    private void OnFrontMatterLine(PageLine line)
    {
        var isDate = PageDateReader.LooksLikeDate(line.Text);
        var isCategory = !isDate && ArxivCategories.IsCategoryLine(line.Text);
        if (_pending is { } pending && (pending.Label.Field != MultilingualField.Authors || !(isDate || isCategory)))
        {
            // A label on a line of its own: its content is on the next line (authors may run over several lines).
            ReadField(pending.Label, line);
            _pending = pending.Label.Field == MultilingualField.Authors ? pending with { Consumed = true } : null;
            return;
        }

        if (isDate)
        {
            ReadDate(line);
        }
        else if (isCategory)
        {
            ReadCategories(line, labelled: false);
        }
        else if (_sections.Count > 0 || _authorsLabelLine != 0 || _titles.Count >= MaxTitleLines)
        {
            // Titles come first; text after the authors or the sections belongs to no field.
            _skipped.Report(line, _sections.Count > 0 ? "outside any section" : "after the titles");
        }
        else
        {
            _titles.Add(line);
        }
    }

    private void ReadField(MultilingualLabel label, PageLine content)
    {
        switch (label.Field)
        {
            case MultilingualField.Authors:
                ReadAuthors(content);
                break;
            case MultilingualField.Date:
                ReadDate(content);
                break;
            default:
                ReadCategories(content, labelled: true);
                break;
        }
    }

    private void ReadAuthors(PageLine line)
    {
        var names = AuthorList.Split(line.Text, _table.Conjunctions, out var truncated);
        _authorsTruncated |= truncated;
        foreach (var name in names)
        {
            if (_authorNames.Add(name))
            {
                _authors.Add(PersonName.Parse(name), line.Number, line.Column);
            }
        }
    }

    private void ReadDate(PageLine line)
    {
        if (!PageDateReader.TryRead(line.Text, _table.Months, out var date))
        {
            _context.Report(DiagnosticCodes.MalformedDate, DiagnosticSeverity.Warning,
                $"The date \"{Excerpt.Of(line.Text)}\" could not be read; the paper has no date.", line.Number, line.Column);
            return;
        }

        if (_date is null)
        {
            _date = date;
            _dateLine = line.Number;
        }
        else if (_date != date)
        {
            _context.Report(DiagnosticCodes.DuplicateSection, DiagnosticSeverity.Warning,
                $"A second date \"{Excerpt.Of(line.Text)}\" differs from the first (line {_dateLine}); the first was kept.",
                line.Number, line.Column);
        }
    }

    private void ReadCategories(PageLine line, bool labelled)
    {
        var any = false;
        foreach (var token in ArxivCategories.Tokens(line.Text))
        {
            if (!ArxivCategories.IsCategory(token, out var known))
            {
                continue;
            }

            any = true;
            if (!known)
            {
                _context.Report(DiagnosticCodes.UnknownCategory, DiagnosticSeverity.Info,
                    $"The category \"{token}\" is not a known arXiv category; it was kept as written.", line.Number, line.Column);
            }

            _categories.Add(token, line.Number, line.Column);
        }

        if (!any && labelled)
        {
            _context.Report(DiagnosticCodes.UnknownCategory, DiagnosticSeverity.Info,
                $"The categories \"{Excerpt.Of(line.Text)}\" hold no arXiv category; they were kept as written.", line.Number, line.Column);
            _categories.Add(line.Text, line.Number, line.Column);
        }
    }

    private void StartSection(MultilingualLabel label, int line, int column)
    {
        _current = new Section(label, line, column);
        _sections.Add(_current);
    }

    private void ClosePending()
    {
        if (_pending is { Consumed: false } pending)
        {
            _context.Report(DiagnosticCodes.EmptySection, DiagnosticSeverity.Warning,
                $"The label \"{pending.Label.Text}\" has nothing after it.", pending.Line.Number, pending.Line.Column);
        }

        _pending = null;
    }

    private Paper BuildPaper()
    {
        var abstracts = ReadAbstracts();
        var summary = ReadSummary();
        var titles = AssignTitleLanguages(abstracts);

        var pageLanguages = new List<string>();
        foreach (var language in titles.Select(t => t.Language).Concat(abstracts.Select(a => a.Language)))
        {
            if (language is not null && !pageLanguages.Contains(language, StringComparer.Ordinal))
            {
                pageLanguages.Add(language);
            }
        }

        var primary = pageLanguages.Contains(_table.PreferredLanguage, StringComparer.Ordinal)
            ? _table.PreferredLanguage
            : pageLanguages.FirstOrDefault();
        var title = titles.FirstOrDefault(t => t.Language == primary) ?? titles.FirstOrDefault();
        var mainAbstract = abstracts.FirstOrDefault(a => a.Language == primary) ?? abstracts.FirstOrDefault();

        var translations = new List<PaperTranslation>();
        foreach (var language in titles.Select(t => t.Language ?? Undetermined).Concat(abstracts.Select(a => a.Language)).Distinct(StringComparer.Ordinal))
        {
            var otherTitle = titles.FirstOrDefault(t => (t.Language ?? Undetermined) == language && !ReferenceEquals(t, title));
            var otherAbstract = abstracts.FirstOrDefault(a => a.Language == language && !ReferenceEquals(a, mainAbstract));
            if (otherTitle is not null || otherAbstract is not null)
            {
                translations.Add(new PaperTranslation { Language = language, Title = otherTitle?.Line.Text, Abstract = otherAbstract?.ToModel() });
            }
        }

        ReportMissing(title, mainAbstract);
        return new Paper
        {
            Title = title?.Line.Text ?? "",
            Language = title?.Language,
            Authors = [.. _authors.Items],
            AuthorsTruncated = _authorsTruncated,
            Date = _date,
            Abstract = mainAbstract?.ToModel(),
            Translations = [.. translations],
            Categories = [.. _categories.Items],
            Summary = summary,
            Source = _context.SourceAt(Math.Max(_firstLine, 1), Math.Max(_lastLine, 1)),
        };
    }

    private List<AbstractText> ReadAbstracts()
    {
        var abstracts = new List<AbstractText>();
        foreach (var section in _sections)
        {
            if (section.Label.Field is not (MultilingualField.Abstract or MultilingualField.LanguageSection))
            {
                continue;
            }

            if (!section.HasContent)
            {
                _context.Report(DiagnosticCodes.EmptySection, DiagnosticSeverity.Warning,
                    $"The section \"{section.Label.Text}\" is empty.", section.Line, section.Column);
                continue;
            }

            var text = LatexQuotes.Replace(HardWrappedText.Join(section.Lines));
            var raw = HardWrappedText.Raw(section.Lines);

            // A heading naming a language is believed; an abstract heading only hints at the language.
            var language = section.Label.Field == MultilingualField.LanguageSection
                ? section.Label.Language
                : LanguageGuesser.Guess(text, _table.Languages) ?? section.Label.Language;

            var existing = abstracts.Find(a => a.Language == language);
            if (existing is null)
            {
                abstracts.Add(new AbstractText(language, text, raw, section.Line));
            }
            else if (existing.Text == text)
            {
                _context.Report(DiagnosticCodes.DuplicateSection, DiagnosticSeverity.Warning,
                    $"The section \"{section.Label.Text}\" repeats the abstract in \"{language}\" of line {existing.Line}; the repetition was ignored.",
                    section.Line, section.Column);
            }
            else
            {
                _context.Report(DiagnosticCodes.DuplicateSection, DiagnosticSeverity.Warning,
                    $"The section \"{section.Label.Text}\" is a second abstract in \"{language}\" (the first is on line {existing.Line}); its text was appended as a further paragraph.",
                    section.Line, section.Column);
                existing.Append(text, raw);
            }
        }

        return abstracts;
    }

    private Model.PaperSummary? ReadSummary()
    {
        string? text = null;
        var generated = false;
        var firstLine = 0;
        for (var i = 0; i < _sections.Count; i++)
        {
            var section = _sections[i];
            if (!section.Label.IsSummary)
            {
                continue;
            }

            generated |= section.Label.Field == MultilingualField.GeneratedSummary;
            if (!section.HasContent)
            {
                // "Summary" directly above "AI-Generated Summary" is one heading over the other, not an empty section.
                if (i + 1 >= _sections.Count || !_sections[i + 1].Label.IsSummary)
                {
                    _context.Report(DiagnosticCodes.EmptySection, DiagnosticSeverity.Info,
                        $"The section \"{section.Label.Text}\" is empty; no summary was recorded.", section.Line, section.Column);
                }

                continue;
            }

            var content = HardWrappedText.Join(section.Lines);
            if (text is null)
            {
                text = content;
                firstLine = section.Line;
            }
            else
            {
                _context.Report(DiagnosticCodes.DuplicateSection, DiagnosticSeverity.Warning,
                    $"The section \"{section.Label.Text}\" is a second summary (the first is on line {firstLine}); its text was appended.",
                    section.Line, section.Column);
                text += "\n" + content;
            }
        }

        return text is null ? null : new Model.PaperSummary { TlDr = text, IsGenerated = generated };
    }

    private List<TitleText> AssignTitleLanguages(List<AbstractText> abstracts)
    {
        var titles = _titles.Select(t => new TitleText(t, LanguageGuesser.Guess(t.Text, _table.Languages))).ToList();
        var unknown = titles.Where(t => t.Language is null).ToList();
        var remaining = abstracts.Select(a => a.Language).Where(l => !titles.Any(t => t.Language == l)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0 && remaining.Count > 0)
        {
            // Pages put the translated title first and the original last: give the last unknown title
            // the preferred language, the others the remaining languages in page order.
            if (unknown.Count > 1 && remaining.Remove(_table.PreferredLanguage))
            {
                remaining.Insert(Math.Min(unknown.Count - 1, remaining.Count), _table.PreferredLanguage);
            }

            for (var i = 0; i < unknown.Count && i < remaining.Count; i++)
            {
                unknown[i].Language = remaining[i];
                _context.Report(DiagnosticCodes.InferredValue, DiagnosticSeverity.Info,
                    $"The language of the title \"{Excerpt.Of(unknown[i].Line.Text)}\" could not be told from its words; "
                    + $"it was taken to be \"{remaining[i]}\", the language of an abstract without a title.",
                    unknown[i].Line.Number, unknown[i].Line.Column);
            }
        }

        // One title per language: a second one is reported, not silently merged.
        var kept = new List<TitleText>();
        foreach (var title in titles)
        {
            var earlier = title.Language is null ? null : kept.Find(k => k.Language == title.Language);
            if (earlier is null)
            {
                kept.Add(title);
            }
            else
            {
                _skipped.Report(title.Line, string.Create(CultureInfo.InvariantCulture,
                    $"that reads as a second title in \"{title.Language}\" (the first is on line {earlier.Line.Number})"), DiagnosticSeverity.Warning);
            }
        }

        return kept;
    }

    private void ReportMissing(TitleText? title, AbstractText? mainAbstract)
    {
        var line = Math.Max(_firstLine, 1);
        if (title is null)
        {
            _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, "The page has no title.", line, 1);
        }

        if (_authors.Count == 0 && _authorsLabelLine == 0)
        {
            _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, "The page has no author line.", line, 1);
        }

        if (_date is null)
        {
            _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Info, "The page has no date.", line, 1);
        }

        if (mainAbstract is null)
        {
            _context.Report(DiagnosticCodes.MissingAbstract, DiagnosticSeverity.Warning, "The page has no abstract.", line, 1);
        }
    }

    private sealed class Section(MultilingualLabel label, int line, int column)
    {
        public MultilingualLabel Label { get; } = label;

        public int Line { get; } = line;

        public int Column { get; } = column;

        public List<PageLine> Lines { get; } = [];

        public bool HasContent => Lines.Exists(l => !l.IsBlank);
    }

    private sealed class AbstractText(string language, string text, string raw, int line)
    {
        public string Language { get; } = language;

        public string Text { get; private set; } = text;

        public string Raw { get; private set; } = raw;

        public int Line { get; } = line;

        public void Append(string text, string raw)
        {
            Text += "\n" + text;
            Raw += "\n\n" + raw;
        }

        public PaperAbstract ToModel() =>
            new() { Text = Text, Raw = Raw == Text ? null : Raw, Language = Language };
    }

    private sealed class TitleText(PageLine line, string? language)
    {
        public PageLine Line { get; } = line;

        public string? Language { get; set; } = language;
    }

    private sealed record Pending(MultilingualLabel Label, PageLine Line, bool Consumed = false);
}
