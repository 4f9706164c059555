using System.Text.RegularExpressions;
using Scholarly.Parsing.Formats.PaperPages;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.PaperSummary;

/// <summary>
/// Reads one paper summary page: a header of title and author line, then labelled sections
/// (<see cref="SummarySection"/>). One reader serves one parse.
/// </summary>
internal sealed partial class PaperSummaryReader
{
    private static readonly string[] s_conjunctions = ["and", "&"];

    private readonly SourceText _text;
    private readonly ParseContext _context;
    private readonly SkippedLines _skipped;
    private readonly List<PageLine> _header = [];
    private readonly List<Block> _blocks = [];
    private readonly Dictionary<SummarySection, int> _firstBlockLine = [];
    private readonly BoundedList<string> _findings;
    private readonly BoundedList<string> _reviews;
    private readonly BoundedList<Link> _videos;
    private readonly BoundedList<string> _topics;
    private readonly BoundedList<string> _methods;
    private Block? _current;
    private string? _tlDr;
    private string? _contribution;
    private PaperAbstract? _abstract;
    private int _firstLine;
    private int _lastLine;

    public PaperSummaryReader(SourceText text, ParseContext context)
    {
        _text = text;
        _context = context;
        _skipped = new SkippedLines(context);
        _findings = new BoundedList<string>(context, "findings", StringComparer.Ordinal);
        _reviews = new BoundedList<string>(context, "peer reviews", StringComparer.Ordinal);
        _videos = new BoundedList<Link>(context, "videos");
        _topics = new BoundedList<string>(context, "topics", StringComparer.Ordinal);
        _methods = new BoundedList<string>(context, "methods", StringComparer.Ordinal);
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
                continue;
            }

            _firstLine = _firstLine == 0 ? number : _firstLine;
            _lastLine = number;
            var inTaxonomy = _current?.Section is SummarySection.Taxonomy or SummarySection.Topics or SummarySection.Methods;
            if (SummaryLabels.TryMatch(line.Text, inTaxonomy, out var section, out var contentOffset))
            {
                _current = new Block(section, line.Number, line.Column);
                _blocks.Add(_current);
                if (contentOffset < line.Text.Length)
                {
                    _current.Lines.Add(line.From(contentOffset));
                }
            }
            else if (_current is not null)
            {
                _current.Lines.Add(line);
            }
            else
            {
                _header.Add(line);
            }
        }

        var (title, authors, truncated) = ReadHeader();
        for (var i = 0; i < _blocks.Count; i++)
        {
            ReadBlock(_blocks[i], i + 1 < _blocks.Count ? _blocks[i + 1] : null);
        }

        ReportMissing(title);
        _skipped.Flush();

        var summary = _tlDr is not null || _contribution is not null || _findings.Count > 0
            ? new Model.PaperSummary { TlDr = _tlDr, Contribution = _contribution, Findings = [.. _findings.Items] }
            : null;
        var paper = new Paper
        {
            Title = title ?? "",
            Authors = [.. authors],
            AuthorsTruncated = truncated,
            Abstract = _abstract,
            Summary = summary,
            Topics = [.. _topics.Items],
            Methods = [.. _methods.Items],
            PeerReviews = [.. _reviews.Items],
            Links = [.. _videos.Items],
            Source = _context.SourceAt(Math.Max(_firstLine, 1), Math.Max(_lastLine, 1)),
        };
        return new ParsedDocument { Papers = [paper] };
    }

    private (string? Title, List<PersonName> Authors, bool Truncated) ReadHeader()
    {
        var authors = new BoundedList<PersonName>(_context, "authors");
        var truncated = false;
        if (_header.Count == 0)
        {
            return (null, [], false);
        }

        var title = _header[0].Text;
        var next = 1;
        if (_header.Count > 1 && LooksLikeAuthorList(_header[1].Text, out var names, out truncated))
        {
            foreach (var name in names)
            {
                authors.Add(PersonName.Parse(name), _header[1].Number, _header[1].Column);
            }

            next = 2;
        }
        else
        {
            _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning,
                "The title is not followed by an author line.", _header[0].Number, _header[0].Column);
        }

        for (var i = next; i < _header.Count; i++)
        {
            _skipped.Report(_header[i], "between the header and the first section");
        }

        return (title, [.. authors.Items], truncated);
    }

    private void ReadBlock(Block block, Block? next)
    {
        var duplicateOf = _firstBlockLine.TryGetValue(block.Section, out var first) ? first : 0;
        if (duplicateOf == 0)
        {
            _firstBlockLine[block.Section] = block.Line;
        }

        if (!block.HasContent)
        {
            ReportEmpty(block, next);
            return;
        }

        switch (block.Section)
        {
            case SummarySection.TlDr:
                _tlDr = MergeText(block, _tlDr, duplicateOf);
                break;
            case SummarySection.Contribution:
                _contribution = MergeText(block, _contribution, duplicateOf);
                break;
            case SummarySection.Findings:
                ReportDuplicateList(block, duplicateOf);
                ReadFindings(block);
                break;
            case SummarySection.Abstract:
                ReadAbstract(block, duplicateOf);
                break;
            case SummarySection.PeerReviews:
                ReportDuplicateList(block, duplicateOf);
                ReadReviews(block);
                break;
            case SummarySection.Videos:
                ReportDuplicateList(block, duplicateOf);
                ReadVideos(block);
                break;
            case SummarySection.Taxonomy:
                foreach (var line in block.Lines.Where(l => !l.IsBlank))
                {
                    _skipped.Report(line, "under \"Taxonomy\" that is neither topics nor methods");
                }

                break;
            default:
                ReportDuplicateList(block, duplicateOf);
                ReadList(block, block.Section == SummarySection.Topics ? _topics : _methods);
                break;
        }
    }

    private void ReportEmpty(Block block, Block? next)
    {
        var name = SummaryLabels.NameOf(block.Section);
        switch (block.Section)
        {
            case SummarySection.Taxonomy when next?.Section is SummarySection.Topics or SummarySection.Methods:
                // The taxonomy heading's content is its topics and methods.
                return;
            case SummarySection.PeerReviews or SummarySection.Videos or SummarySection.Taxonomy:
                _context.Report(DiagnosticCodes.EmptySection, DiagnosticSeverity.Info,
                    $"The section \"{name}\" is empty.", block.Line, block.Column);
                return;
            default:
                _context.Report(DiagnosticCodes.EmptySection, DiagnosticSeverity.Warning,
                    $"The section \"{name}\" has a label but nothing after it.", block.Line, block.Column);
                return;
        }
    }

    private string MergeText(Block block, string? existing, int duplicateOf)
    {
        var text = HardWrappedText.Join(block.Lines);
        if (existing is null)
        {
            return text;
        }

        var name = SummaryLabels.NameOf(block.Section);
        if (existing.Contains(text, StringComparison.Ordinal))
        {
            _context.Report(DiagnosticCodes.DuplicateSection, DiagnosticSeverity.Warning,
                $"The section \"{name}\" appears again (first on line {duplicateOf}) with the same text; the repetition was ignored.",
                block.Line, block.Column);
            return existing;
        }

        _context.Report(DiagnosticCodes.DuplicateSection, DiagnosticSeverity.Warning,
            $"The section \"{name}\" appears again (first on line {duplicateOf}); its text was appended as a further paragraph.",
            block.Line, block.Column);
        return existing + "\n" + text;
    }

    private void ReportDuplicateList(Block block, int duplicateOf)
    {
        if (duplicateOf != 0)
        {
            _context.Report(DiagnosticCodes.DuplicateSection, DiagnosticSeverity.Warning,
                $"The section \"{SummaryLabels.NameOf(block.Section)}\" appears again (first on line {duplicateOf}); its entries were added to the first.",
                block.Line, block.Column);
        }
    }

    private void ReadFindings(Block block)
    {
        foreach (var line in block.Lines)
        {
            var finding = StripBullet(line.Text);
            if (finding.Length > 0)
            {
                _findings.Add(finding, line.Number, line.Column);
            }
        }
    }

    private void ReadAbstract(Block block, int duplicateOf)
    {
        var raw = HardWrappedText.Raw(block.Lines);
        var text = HardWrappedText.Join(block.Lines);

        // The site cuts long abstracts with an ellipsis. The text is kept without it, so it stays an
        // exact beginning of the full abstract (as another site has it); Raw keeps the ellipsis.
        var truncated = TrimEllipsis(ref text, out var ellipsisLength);
        if (truncated)
        {
            var last = block.Lines.FindLast(l => !l.IsBlank);
            _context.Report(DiagnosticCodes.TruncatedEntry, DiagnosticSeverity.Warning,
                "The page shows only the beginning of the abstract (it ends in an ellipsis); the abstract is marked truncated.",
                last.Number, last.Column + last.Text.Length - ellipsisLength);
        }

        if (_abstract is not null)
        {
            _context.Report(DiagnosticCodes.DuplicateSection, DiagnosticSeverity.Warning,
                _abstract.Text.Contains(text, StringComparison.Ordinal)
                    ? $"The section \"Abstract\" appears again (first on line {duplicateOf}) with the same text; the repetition was ignored."
                    : $"The section \"Abstract\" appears again (first on line {duplicateOf}); its text was appended as a further paragraph.",
                block.Line, block.Column);
            if (!_abstract.Text.Contains(text, StringComparison.Ordinal))
            {
                var mergedRaw = (_abstract.Raw ?? _abstract.Text) + "\n\n" + raw;
                var mergedText = _abstract.Text + "\n" + text;
                _abstract = _abstract with { Text = mergedText, Raw = mergedRaw == mergedText ? null : mergedRaw, IsTruncated = _abstract.IsTruncated || truncated };
            }

            return;
        }

        _abstract = new PaperAbstract { Text = text, Raw = raw == text ? null : raw, IsTruncated = truncated };
    }

    private void ReadReviews(Block block)
    {
        var whole = HardWrappedText.Join(block.Lines);
        var firstLine = block.Lines.Find(l => !l.IsBlank);
        if (NoContentNotice.IsNotice(whole))
        {
            _context.Report(DiagnosticCodes.EmptySection, DiagnosticSeverity.Info,
                $"The section \"Peer Reviews\" only says that there are none (\"{Excerpt.Of(whole)}\"); no reviews were recorded.",
                firstLine.Number, firstLine.Column);
            return;
        }

        // The site's invitation to add a review can stand among real reviews: it is no part of them.
        var lines = new List<PageLine>(block.Lines.Count);
        foreach (var line in block.Lines)
        {
            if (!line.IsBlank && NoContentNotice.IsBoilerplate(line.Text))
            {
                _context.Report(DiagnosticCodes.UnrecognisedLine, DiagnosticSeverity.Info,
                    $"Skipped the site's notice \"{Excerpt.Of(line.Text)}\" among the peer reviews.", line.Number, line.Column);
                lines.Add(line with { Text = "" });
            }
            else
            {
                lines.Add(line);
            }
        }

        foreach (var entry in SplitEntries(lines, ReviewHeader))
        {
            _reviews.Add(string.Join('\n', entry.Select(l => l.Text)), entry[0].Number, entry[0].Column);
        }
    }

    private void ReadVideos(Block block)
    {
        var whole = HardWrappedText.Join(block.Lines);
        var firstLine = block.Lines.Find(l => !l.IsBlank);
        if (NoContentNotice.IsNotice(whole))
        {
            _context.Report(DiagnosticCodes.EmptySection, DiagnosticSeverity.Info,
                $"The section \"Videos\" only says that there are none (\"{Excerpt.Of(whole)}\"); no videos were recorded.",
                firstLine.Number, firstLine.Column);
            return;
        }

        // A video is a title line and/or a link line; a line with a link or a blank line ends it.
        var group = new List<PageLine>();
        foreach (var line in block.Lines)
        {
            if (line.IsBlank)
            {
                FlushVideo();
                continue;
            }

            group.Add(line);
            if (FindUrl(line.Text, out _, out _))
            {
                FlushVideo();
            }
        }

        FlushVideo();

        void FlushVideo()
        {
            if (group.Count == 0)
            {
                return;
            }

            string? url = null;
            var title = new List<string>();
            foreach (var line in group)
            {
                if (url is null && FindUrl(line.Text, out var start, out var length))
                {
                    url = line.Text.Substring(start, length);
                    title.Add(string.Concat(line.Text.AsSpan(0, start), line.Text.AsSpan(start + length)));
                }
                else
                {
                    title.Add(line.Text);
                }
            }

            var titleText = string.Join(' ', title).Trim().Trim(" -–—·|:".ToCharArray()).Trim();
            if (_videos.Add(new Link { Kind = LinkKind.Video, Url = url }, group[0].Number, group[0].Column) && titleText.Length > 0)
            {
                // The model's Link has no title: say so rather than lose it silently.
                _context.Report(DiagnosticCodes.UnrecognisedLine, DiagnosticSeverity.Info,
                    $"The video title \"{Excerpt.Of(titleText)}\" has no field in the model; only the video's link was kept.",
                    group[0].Number, group[0].Column);
            }

            group.Clear();
        }
    }

    private void ReadList(Block block, BoundedList<string> list)
    {
        var name = SummaryLabels.NameOf(block.Section);
        foreach (var line in block.Lines)
        {
            var text = line.Text;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] is not ('\u00B7' or '\u2022'))
                {
                    continue;
                }

                var raw = text.AsSpan(start, i - start);
                var item = raw.Trim().ToString();
                var column = line.Column + start + (raw.Length - raw.TrimStart().Length);
                start = i + 1;
                if (item.Length == 0 || list.Contains(item))
                {
                    continue;
                }

                if (list.IsFull)
                {
                    // Report the overflow once, then stop reading this list.
                    list.Add(item, line.Number, column);
                    return;
                }

                if (WebSpamHeuristic.IsSpam(item, out var reason))
                {
                    _context.Report(DiagnosticCodes.DroppedItem, DiagnosticSeverity.Warning,
                        $"Dropped \"{Excerpt.Of(item, 100)}\" from {name}: it looks like web spam ({reason}).", line.Number, column);
                    continue;
                }

                list.Add(item, line.Number, column);
            }
        }
    }

    private void ReportMissing(string? title)
    {
        var line = Math.Max(_firstLine, 1);
        if (title is null)
        {
            _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning, "The page has no title before its first section.", line, 1);
        }

        if (_blocks.Count == 0)
        {
            _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning,
                "The page has none of the labelled sections of a paper summary page (TL;DR, Contribution, Findings, Abstract, Peer Reviews, Videos, Taxonomy).",
                line, 1);
        }
        else if (_abstract is null)
        {
            _context.Report(DiagnosticCodes.MissingAbstract, DiagnosticSeverity.Info, "The page has no abstract.", line, 1);
        }
    }

    private static bool LooksLikeAuthorList(string text, out List<string> names, out bool truncated)
    {
        names = AuthorList.Split(text, s_conjunctions, out truncated);
        if (names.Count == 0 || text.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var name in names)
        {
            // A name is a few words, not a sentence.
            if (name.Length > 60 || name.Count(c => c == ' ') > 5)
            {
                return false;
            }
        }

        return !text.EndsWith('.') || truncated;
    }

    private static List<List<PageLine>> SplitEntries(List<PageLine> lines, Func<Regex> header)
    {
        var entries = new List<List<PageLine>>();
        var current = new List<PageLine>();
        foreach (var line in lines)
        {
            var startsEntry = !line.IsBlank && current.Count > 0 && IsMatch(header(), line.Text);
            if (line.IsBlank || startsEntry)
            {
                if (current.Count > 0)
                {
                    entries.Add(current);
                    current = [];
                }
            }

            if (!line.IsBlank)
            {
                current.Add(line);
            }
        }

        if (current.Count > 0)
        {
            entries.Add(current);
        }

        return entries;
    }

    private static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static bool FindUrl(string text, out int start, out int length)
    {
        start = text.IndexOf("https://", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            start = text.IndexOf("http://", StringComparison.OrdinalIgnoreCase);
        }

        if (start < 0)
        {
            length = 0;
            return false;
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        while (end > start && text[end - 1] is '.' or ',' or ';' or ')' or ']')
        {
            end--;
        }

        length = end - start;
        return true;
    }

    private static bool TrimEllipsis(ref string text, out int length)
    {
        length = text.EndsWith('\u2026') ? 1 : text.EndsWith("...", StringComparison.Ordinal) ? 3 : 0;
        if (length == 0)
        {
            return false;
        }

        text = text[..^length].TrimEnd();
        return true;
    }

    private static string StripBullet(string text)
    {
        var span = text.AsSpan();
        if (span.Length > 1 && span[0] is '-' or '*' or '\u2022' or '\u2013' or '\u00B7' && span[1] == ' ')
        {
            return span[2..].Trim().ToString();
        }

        var digits = 0;
        while (digits < span.Length && digits < 3 && char.IsAsciiDigit(span[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < span.Length && span[digits] is '.' or ')' && span[digits + 1] == ' '
            ? span[(digits + 2)..].Trim().ToString()
            : text;
    }

    // "Reviewer 2", "Review #1", "Official Review", "Meta-Review": the start of one published review.
    [GeneratedRegex(@"^(?:Review(?:er)?\s*#?\s*\d+|Official\s+Review|Meta-?\s*Review)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReviewHeader();

    private sealed class Block(SummarySection section, int line, int column)
    {
        public SummarySection Section { get; } = section;

        public int Line { get; } = line;

        public int Column { get; } = column;

        public List<PageLine> Lines { get; } = [];

        public bool HasContent => Lines.Exists(l => !l.IsBlank);
    }
}
