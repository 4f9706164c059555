using System.Globalization;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.Ris;

/// <summary>
/// Reads the records of a RIS file (<c>TY  - …</c> to <c>ER  -</c>) or of a Web of Science export
/// (<c>PT …</c> to <c>ER</c>). Lines between records (<c>1.</c>, <c>Record #1 of 2</c>, blank lines)
/// are skipped; a line without a tag inside a record continues the value before it; a record that
/// lacks its <c>ER</c> ends at the next record or the end of the file, with a warning.
/// </summary>
internal sealed class RisReader
{
    private readonly SourceText _text;
    private readonly ParseContext _context;
    private readonly bool _wos;
    private RisRecord? _record;

    public RisReader(SourceText text, ParseContext context)
    {
        _text = text;
        _context = context;
        _wos = IsWebOfScience(text);
    }

    public List<RisRecord> Records { get; } = [];

    /// <summary>Whether the file is a Web of Science export rather than RIS.</summary>
    public bool IsWos => _wos;

    public void Read()
    {
        for (var number = 1; number <= _text.LineCount; number++)
        {
            if ((number & 0xFFF) == 0)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
            }

            var line = _text.GetLine(number);
            if (_wos ? ReadWosLine(line, number) : ReadRisLine(line, number))
            {
                return;
            }
        }

        if (_record is not null)
        {
            ReportMissingEnd(_record, "the end of the file");
            Close(_text.LineCount);
        }
    }

    // Returns true when reading must stop (too many records).
    private bool ReadRisLine(ReadOnlySpan<char> line, int number)
    {
        if (RisLines.TryReadRisTag(line, out var tag, out var value))
        {
            return AddTag(tag, value, number, start: tag == "TY", end: tag == "ER");
        }

        Continue(line);
        return false;
    }

    private bool ReadWosLine(ReadOnlySpan<char> line, int number)
    {
        if (line.StartsWith("   ") && _record is { Tags.Count: > 0 } record)
        {
            record.Tags[^1].Lines.Add(line.Trim().ToString());
            return false;
        }

        if (RisLines.TryReadWosTag(line, out var tag, out var value))
        {
            if (tag is "FN" or "VR" or "EF" && _record is null)
            {
                return false;
            }

            return AddTag(tag, value, number, start: tag == "PT", end: tag == "ER");
        }

        Continue(line);
        return false;
    }

    private bool AddTag(string tag, string value, int number, bool start, bool end)
    {
        if (start && _record is not null)
        {
            ReportMissingEnd(_record, $"the next record on line {number}");
            Close(number - 1);
        }

        if (end)
        {
            if (_record is null)
            {
                _context.Report(DiagnosticCodes.UnrecognisedLine, DiagnosticSeverity.Info, "An end-of-record tag outside any record was skipped.", number, 1);
            }
            else
            {
                Close(number);
            }

            return false;
        }

        if (_record is null)
        {
            if (Records.Count >= _context.Options.MaxEntries)
            {
                _context.Report(DiagnosticCodes.TooManyEntries, DiagnosticSeverity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"The file holds more than {_context.Options.MaxEntries:N0} records; the rest were not read."), number, 1);
                return true;
            }

            _record = new RisRecord(number);
            if (!start)
            {
                _context.Report(DiagnosticCodes.MissingField, DiagnosticSeverity.Warning,
                    $"A record starts with the tag {tag} instead of its type ({(_wos ? "PT" : "TY")}); it was read without a type.", number, 1);
            }
        }

        var entry = new RisTag(tag, number);
        entry.Lines.Add(value);
        _record.Tags.Add(entry);
        return false;
    }

    // A line without a tag: inside a record it continues the last value; outside it is skipped.
    private void Continue(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.IsEmpty || _record is not { Tags.Count: > 0 } record)
        {
            return;
        }

        record.Tags[^1].Lines.Add(trimmed.ToString());
    }

    private void Close(int endLine)
    {
        _record!.EndLine = Math.Max(_record.StartLine, endLine);
        Records.Add(_record);
        _record = null;
    }

    private void ReportMissingEnd(RisRecord record, string where) =>
        _context.Report(DiagnosticCodes.TruncatedEntry, DiagnosticSeverity.Warning,
            $"The record that starts here has no end tag ({(_wos ? "ER" : "ER  -")}); it was read up to {where}.", record.StartLine, 1);

    /// <summary>Whether the text is a Web of Science export: its first tag line is <c>FN</c>, <c>VR</c> or <c>PT</c> without RIS's hyphen.</summary>
    public static bool IsWebOfScience(SourceText text)
    {
        foreach (var line in new Text.LineEnumerator(text.DetectionWindow))
        {
            if (RisLines.TryReadRisTag(line, out _, out _))
            {
                return false;
            }

            if (RisLines.TryReadWosTag(line, out var tag, out _) && tag is "FN" or "VR" or "PT")
            {
                return true;
            }
        }

        return false;
    }
}
