using System.Globalization;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.ResearcherProfile;

/// <summary>
/// Reads one researcher profile page line by line: the header block (name, area, metrics, count),
/// then the entries. One reader serves one parse.
/// </summary>
internal sealed class ProfileReader
{
    private readonly SourceText _text;
    private readonly ParseContext _context;
    private readonly List<Paper> _papers = [];

    // The header block.
    private string? _name;
    private int _nameLine;
    private int _headerStart;
    private int _headerEnd;
    private readonly List<Metric> _metrics = [];
    private readonly List<string> _areas = [];
    private int? _announced;
    private int _announcedLine;
    private int _lastRepeatedHeaderLine = -3;

    // The entry being read.
    private Entry? _entry;
    private bool _stopped;

    public ProfileReader(SourceText text, ParseContext context)
    {
        _text = text;
        _context = context;
    }

    private enum Expect
    {
        Title,
        Authors,
        Abstract,
        AfterAbstract,
    }

    public ParsedDocument Read()
    {
        for (var number = 1; number <= _text.LineCount && !_stopped; number++)
        {
            if ((number & 0xFFF) == 0)
            {
                // Also stop a long run of lines that holds no entry.
                _context.CancellationToken.ThrowIfCancellationRequested();
            }

            var raw = _text.GetLine(number);
            var span = raw.Trim();
            if (span.IsEmpty)
            {
                if (_entry is { State: Expect.Abstract } entry && entry.Abstract.Count > 0)
                {
                    entry.State = Expect.AfterAbstract;
                }

                continue;
            }

            var line = span.ToString();
            var column = raw.Length - raw.TrimStart().Length + 1;
            if (_entry is null)
            {
                ReadHeaderBlockLine(line, number, column);
            }
            else
            {
                ReadEntryLine(_entry, line, number, column);
            }
        }

        if (!_stopped)
        {
            FlushEntry(atEndOfPage: true);
        }

        CheckCount();
        return new ParsedDocument { Subject = BuildSubject(), Papers = [.. _papers] };
    }

    private void ReadHeaderBlockLine(string line, int number, int column)
    {
        var isMetric = ProfileLines.TryReadMetric(line, out var metric, out var knownMetric);
        // A known metric written with a space ("AI Score 59") also fits the shape of a malformed header.
        if (ProfileLines.TryReadHeader(line, out var header) && (header.IsWellFormed || !knownMetric))
        {
            StartEntry(header, number, column);
            return;
        }

        var first = _headerStart == 0;
        _headerStart = first ? number : _headerStart;
        if (ProfileLines.TryReadCount(line, out var count))
        {
            if (_announced is not null)
            {
                ReportDuplicate(number, $"The paper count appears again (\"{line}\"); the first, on line {_announcedLine}, is kept.");
            }
            else
            {
                _announced = count;
                _announcedLine = number;
            }
        }
        else if (ProfileLines.IsAreaLine(line))
        {
            AddArea(line, number);
        }
        else if (isMetric)
        {
            AddMetric(metric, knownMetric, number);
        }
        else if (first)
        {
            _name = line;
            _nameLine = number;
        }
        else
        {
            ReportUnrecognised(line, number);
            return;
        }

        _headerEnd = number;
    }

    private void AddArea(string code, int number)
    {
        var known = ArxivAreas.TryResolve(code, out var category);
        if (_areas.Contains(category))
        {
            ReportDuplicate(number, $"The research area \"{code}\" appears again; it is listed once.");
            return;
        }

        if (!known)
        {
            _context.Report(DiagnosticCodes.UnknownCategory, DiagnosticSeverity.Info,
                $"The research area \"{code}\" is not a known arXiv area code; it was kept as written.", number, 1);
        }

        _areas.Add(category);
    }

    private void AddMetric(Metric metric, bool known, int number)
    {
        if (_metrics.Exists(m => m.Kind == metric.Kind))
        {
            ReportDuplicate(number, $"The metric \"{metric.Label}\" appears again; the first value is kept.");
            return;
        }

        if (!known)
        {
            _context.Report(DiagnosticCodes.UnknownCategory, DiagnosticSeverity.Info,
                $"The metric \"{metric.Label}\" is not one the format knows; it was kept with the kind \"{metric.Kind}\".", number, 1);
        }

        _metrics.Add(metric with { Source = _context.SourceAt(number, number) });
    }

    private void ReadEntryLine(Entry entry, string line, int number, int column)
    {
        // A well-formed header always starts an entry; a malformed one only where a title is not expected.
        if (ProfileLines.TryReadHeader(line, out var header)
            && (header.IsWellFormed || (entry.State != Expect.Title && !IsRepeatedProfileHeader(line))))
        {
            StartEntry(header, number, column);
            return;
        }

        if (entry.State != Expect.Title && IsRepeatedProfileHeader(line))
        {
            ReportRepeatedHeader(number, $"The profile header appears again inside the entry \"{Shorten(entry.Title ?? "")}\" (\"{line}\"); it was skipped.");
            return;
        }

        switch (entry.State)
        {
            case Expect.Title:
                entry.Title = line;
                entry.State = Expect.Authors;
                break;
            case Expect.Authors when ProfileAuthors.LooksLikeAuthorLine(line):
                entry.Authors = ProfileAuthors.Read(line);
                entry.State = Expect.Abstract;
                break;
            case Expect.Authors:
                _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning,
                    $"The entry \"{Shorten(entry.Title ?? "")}\" has no author line; the line after the title was read as the abstract.", number, 1);
                entry.Abstract.Add((line, false));
                entry.State = Expect.Abstract;
                break;
            case Expect.Abstract:
                entry.Abstract.Add((line, false));
                break;
            case Expect.AfterAbstract when LooksLikeProse(line):
                // A further paragraph of the abstract; the blank line between is kept in the raw text.
                entry.Abstract.Add((line, true));
                break;
            default:
                ReportUnrecognised(line, number);
                return;
        }

        entry.LastLine = number;
    }

    private static bool IsRepeatedProfileHeader(string line) =>
        ProfileLines.TryReadCount(line, out _)
        || (ProfileLines.IsAreaLine(line) && ArxivAreas.TryResolve(line, out _))
        || (ProfileLines.TryReadMetric(line, out _, out var known) && known);

    private void StartEntry(EntryHeader header, int number, int column)
    {
        FlushEntry(atEndOfPage: false);
        if (!_stopped)
        {
            _entry = new Entry(header, number, column);
        }
    }

    private void FlushEntry(bool atEndOfPage)
    {
        if (_entry is not { } entry)
        {
            return;
        }

        _entry = null;
        if (entry.Title is null)
        {
            _context.Report(
                atEndOfPage ? DiagnosticCodes.TruncatedEntry : DiagnosticCodes.MissingField,
                DiagnosticSeverity.Warning,
                atEndOfPage
                    ? $"The page ends right after the entry header \"{entry.HeaderText}\"; the entry was skipped."
                    : $"The entry header \"{entry.HeaderText}\" is not followed by a title; the entry was skipped.",
                entry.HeaderLine, 1);
            return;
        }

        if (_papers.Count >= _context.Options.MaxEntries)
        {
            _context.Report(DiagnosticCodes.TooManyEntries, DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"The page has more than {_context.Options.MaxEntries:N0} entries; the rest were not read."),
                entry.HeaderLine, 1);
            _stopped = true;
            return;
        }

        _context.CancellationToken.ThrowIfCancellationRequested();
        _papers.Add(BuildPaper(entry, atEndOfPage));
    }

    private Paper BuildPaper(Entry entry, bool isLastOnPage)
    {
        var header = entry.Header;
        var title = entry.Title!;
        if (!ArxivAreas.TryResolve(header.Area, out var category))
        {
            _context.Report(DiagnosticCodes.UnknownCategory, DiagnosticSeverity.Info,
                $"The area code \"{header.Area}\" of \"{Shorten(title)}\" is not a known arXiv area; it was kept as written.", entry.HeaderLine, 1);
        }

        var date = ProfileDates.Resolve(header, entry.HeaderLine, entry.HeaderColumn + header.Area.Length, _context);

        if (entry.Authors is null)
        {
            if (entry.State == Expect.Authors)
            {
                _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning,
                    $"The entry \"{Shorten(title)}\" has no author line.", entry.LastLine, 1);
            }
        }

        PaperAbstract? paperAbstract = null;
        var links = new List<Link>();
        if (entry.Abstract.Count > 0)
        {
            var raw = JoinAbstract(entry.Abstract, wrap: "\n");
            // Hard-wrapped lines are re-joined for reading; paragraphs stay apart.
            var clean = LatexText.Clean(JoinAbstract(entry.Abstract, wrap: " "));
            var truncated = isLastOnPage && !_text.Text.EndsWith('\n') && !EndsLikeSentence(raw);
            if (truncated)
            {
                _context.Report(DiagnosticCodes.TruncatedEntry, DiagnosticSeverity.Warning,
                    $"The page ends in the middle of the abstract of \"{Shorten(title)}\"; the abstract is marked truncated.", entry.LastLine, 1);
            }

            paperAbstract = new PaperAbstract { Text = clean, Raw = string.Equals(clean, raw, StringComparison.Ordinal) ? null : raw, IsTruncated = truncated };
            links.AddRange(AbstractLinks.Find(raw));
        }
        else
        {
            _context.Report(DiagnosticCodes.MissingAbstract, DiagnosticSeverity.Info,
                $"The entry \"{Shorten(title)}\" has no abstract.", entry.HeaderLine, 1);
        }

        if (header.HasCode && !links.Exists(l => l.Kind == LinkKind.Code))
        {
            // The page shows a code link without its address.
            links.Insert(0, new Link { Kind = LinkKind.Code });
        }

        return new Paper
        {
            Title = title,
            Authors = entry.Authors?.Authors ?? default,
            AuthorsTruncated = entry.Authors?.Truncated ?? false,
            Affiliations = entry.Authors?.Affiliations ?? default,
            Date = date,
            Abstract = paperAbstract,
            Categories = [category],
            Links = [.. links],
            Source = _context.SourceAt(entry.HeaderLine, entry.LastLine),
        };
    }

    private Author? BuildSubject()
    {
        if (_name is null)
        {
            _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning,
                "The page does not start with the person's name.", 1, 1);
            if (_metrics.Count == 0 && _areas.Count == 0)
            {
                return null;
            }
        }

        return new Author
        {
            Name = PersonName.Parse(_name ?? ""),
            Metrics = [.. _metrics],
            ResearchAreas = [.. _areas],
            Source = _context.SourceAt(_name is null ? _headerStart : _nameLine, _headerEnd),
        };
    }

    private void CheckCount()
    {
        if (_announced is not { } announced || _stopped)
        {
            return;
        }

        if (_papers.Count == 0 && announced > 0)
        {
            _context.Report(DiagnosticCodes.EmptySection, DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"The page announces {announced:N0} papers but lists none."), _announcedLine, 1);
        }
        else if (_papers.Count != announced)
        {
            _context.Report(DiagnosticCodes.CountMismatch, DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"The page announces {announced:N0} papers but {_papers.Count:N0} entries were read."), _announcedLine, 1);
        }
    }

    private void ReportDuplicate(int number, string message) =>
        _context.Report(DiagnosticCodes.DuplicateSection, DiagnosticSeverity.Warning, message, number, 1);

    private void ReportRepeatedHeader(int number, string message)
    {
        // A repeated header block (area, metrics, count) between entries is reported once, at its first line.
        if (number - _lastRepeatedHeaderLine > 2)
        {
            ReportDuplicate(number, message);
        }

        _lastRepeatedHeaderLine = number;
    }

    private void ReportUnrecognised(string line, int number) =>
        _context.Report(DiagnosticCodes.UnrecognisedLine, DiagnosticSeverity.Warning,
            $"Skipped a line that fits no field: \"{Shorten(line)}\".", number, 1);

    private static string JoinAbstract(List<(string Text, bool AfterBlank)> lines, string wrap)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var (text, afterBlank) in lines)
        {
            if (builder.Length > 0)
            {
                builder.Append(afterBlank ? "\n\n" : wrap);
            }

            builder.Append(text);
        }

        return builder.ToString();
    }

    private static bool LooksLikeProse(string line) => line.Length >= 40 || EndsLikeSentence(line);

    private static bool EndsLikeSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        if (trimmed[^1] is '.' or '!' or '?' or ')' or '"' or '\u201D' or '\'' or ']' or '}')
        {
            return true;
        }

        // An abstract may end with its code address.
        var lastSpace = trimmed.LastIndexOfAny(' ', '\n');
        var lastWord = trimmed[(lastSpace + 1)..];
        return lastWord.StartsWith("http", StringComparison.OrdinalIgnoreCase) && lastWord.Contains('/');
    }

    private static string Shorten(string text) => PaperPages.Excerpt.Of(text);

    private sealed class Entry(EntryHeader header, int headerLine, int headerColumn)
    {
        public EntryHeader Header { get; } = header;

        public int HeaderLine { get; } = headerLine;

        public int HeaderColumn { get; } = headerColumn;

        public string HeaderText => Header.Area + Header.DateText + (Header.HasCode ? "Code" : "");

        public Expect State { get; set; }

        public string? Title { get; set; }

        public ProfileAuthors.AuthorLine? Authors { get; set; }

        public List<(string Text, bool AfterBlank)> Abstract { get; } = [];

        public int LastLine { get; set; } = headerLine;
    }
}
