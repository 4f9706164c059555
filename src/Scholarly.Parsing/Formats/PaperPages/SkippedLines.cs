using System.Globalization;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.PaperPages;

/// <summary>
/// Reports lines that could not be assigned to a field, the first few one by one and the rest as
/// one summary, so a huge page of the wrong kind does not produce a diagnostic per line.
/// </summary>
internal sealed class SkippedLines
{
    private const int ReportedOneByOne = 20;
    private readonly ParseContext _context;
    private int _count;
    private int _firstUnreported;
    private int _lastUnreported;

    /// <summary>Creates the reporter for one parse.</summary>
    public SkippedLines(ParseContext context) => _context = context;

    /// <summary>Reports a skipped line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="where">Where it was found, e.g. <c>outside any section</c>.</param>
    /// <param name="severity">How serious skipping it is.</param>
    public void Report(PageLine line, string where, DiagnosticSeverity severity = DiagnosticSeverity.Info)
    {
        _count++;
        if (_count <= ReportedOneByOne)
        {
            _context.Report(DiagnosticCodes.UnrecognisedLine, severity,
                $"Skipped a line {where}: \"{Excerpt.Of(line.Text)}\".", line.Number, line.Column);
            return;
        }

        if (_firstUnreported == 0)
        {
            _firstUnreported = line.Number;
        }

        _lastUnreported = line.Number;
    }

    /// <summary>Reports the lines not reported one by one, if any.</summary>
    public void Flush()
    {
        if (_count <= ReportedOneByOne)
        {
            return;
        }

        _context.Report(DiagnosticCodes.UnrecognisedLine, DiagnosticSeverity.Warning,
            string.Create(CultureInfo.InvariantCulture,
                $"Skipped {_count - ReportedOneByOne:N0} more lines that could not be assigned to a field (lines {_firstUnreported}-{_lastUnreported})."),
            _firstUnreported, 1);
    }
}
