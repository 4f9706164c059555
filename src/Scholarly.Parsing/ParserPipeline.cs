using System.Collections.Immutable;
using System.Globalization;
using Scholarly.Parsing.Html;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing;

/// <summary>
/// A frozen set of formats that detects a page's format and reads it. Build one with
/// <see cref="ParserPipelineBuilder"/>; <see cref="PaperParser.DefaultPipeline"/> holds every built-in format.
/// </summary>
/// <remarks>Immutable and thread-safe: build once, parse from any number of threads.</remarks>
public sealed class ParserPipeline
{
    private readonly ImmutableArray<IFormatParser> _formats;

    internal ParserPipeline(ImmutableArray<IFormatParser> formats) => _formats = formats;

    /// <summary>The formats, in the order they were added (which breaks detection ties).</summary>
    public ImmutableArray<IFormatParser> Formats => _formats;

    /// <summary>Finds a format by id.</summary>
    /// <param name="formatId">The format's id, e.g. <c>acl-anthology/author</c>.</param>
    /// <returns>The format, or <see langword="null"/> when none has that id.</returns>
    public IFormatParser? FindFormat(string formatId)
    {
        ArgumentNullException.ThrowIfNull(formatId);
        foreach (var format in _formats)
        {
            if (string.Equals(format.Id, formatId, StringComparison.Ordinal))
            {
                return format;
            }
        }

        return null;
    }

    /// <summary>Asks every format how confident it is that it can read the page; best first.</summary>
    /// <param name="text">The page.</param>
    public ImmutableArray<FormatCandidate> Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = ImmutableArray.CreateBuilder<FormatCandidate>(_formats.Length);
        foreach (var format in _formats)
        {
            candidates.Add(new FormatCandidate(format.Id, DetectWith(format, text)));
        }

        // A stable sort keeps registration order among equal confidences.
        return [.. candidates.OrderByDescending(c => c.Match.Confidence)];
    }

    private static FormatMatch DetectWith(IFormatParser format, SourceText text)
    {
        try
        {
            return format.Detect(text);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failing detector is a bug in that format; the page is simply not recognised by it.
            return FormatMatch.None($"detection failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Detects the page's format and reads it.</summary>
    /// <param name="text">The page's text.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops a long parse.</param>
    /// <returns>The document; never <see langword="null"/>. Problems are in its diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScholarlyParseException">Strict mode is on and the parse reported errors.</exception>
    public ParsedDocument Parse(string text, ParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParseOptions.Default;
        return Parse(ReadSource(text, options), null, options, cancellationToken);
    }

    /// <summary>Reads the page with the given format, whatever detection says.</summary>
    /// <param name="text">The page's text.</param>
    /// <param name="formatId">The id of a format in this pipeline.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops a long parse.</param>
    /// <returns>The document; a <see cref="DiagnosticCodes.FormatMismatch"/> warning says when the page does not look like that format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="formatId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No format in this pipeline has the id <paramref name="formatId"/>.</exception>
    /// <exception cref="ScholarlyParseException">Strict mode is on and the parse reported errors.</exception>
    public ParsedDocument Parse(string text, string formatId, ParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParseOptions.Default;
        return Parse(ReadSource(text, options), formatId, options, cancellationToken);
    }

    /// <summary>
    /// Reads a page from a stream: HTML when its first bytes look like HTML (decoded by its byte-order
    /// mark, as UTF-8 when the bytes are valid UTF-8, else by its declared charset), otherwise text
    /// (UTF-8 unless a byte-order mark says otherwise).
    /// </summary>
    /// <param name="stream">The stream; read to the end, not closed.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops a long parse.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScholarlyParseException">Strict mode is on and the parse reported errors.</exception>
    public ParsedDocument Parse(Stream stream, ParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ParseOptions.Default;
        return Parse(SourceText.FromPage(stream, options.SourceUri, options.MaxInputLength), null, options, cancellationToken);
    }

    /// <summary>Reads already normalised text, detecting the format unless <paramref name="formatId"/> is given.</summary>
    /// <param name="text">The page.</param>
    /// <param name="formatId">A format to force, or <see langword="null"/> to detect.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops a long parse.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No format in this pipeline has the id <paramref name="formatId"/>.</exception>
    /// <exception cref="ScholarlyParseException">Strict mode is on and the parse reported errors.</exception>
    public ParsedDocument Parse(SourceText text, string? formatId, ParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParseOptions.Default;
        var forced = formatId is null ? null
            : FindFormat(formatId) ?? throw new ArgumentException($"No format with id '{formatId}' is registered.", nameof(formatId));

        var document = ParseCore(text, forced, options, cancellationToken);
        if (options.Strict && document.HasErrors)
        {
            throw new ScholarlyParseException(document);
        }

        return document;
    }

    /// <summary>Reads a page given as a string: as HTML when it starts like an HTML document, otherwise as copied text.</summary>
    internal static SourceText ReadSource(string text, ParseOptions options) =>
        HtmlSniffer.LooksLikeHtml(text)
            ? SourceText.FromHtml(text, options.SourceUri, options.MaxInputLength)
            : SourceText.From(text, options.SourceUri, options.MaxInputLength);

    private ParsedDocument ParseCore(SourceText text, IFormatParser? forced, ParseOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var source = new SourceInfo { Uri = text.Uri ?? options.SourceUri, Lines = new LineSpan(1, text.LineCount) };
        ReportInputProblems(text, options, diagnostics);

        if (text.Text.AsSpan().IsWhiteSpace())
        {
            diagnostics.Add(Error(DiagnosticCodes.EmptyInput, "The input is empty or contains only whitespace."));
            return new ParsedDocument { FormatId = forced?.Id, Diagnostics = [.. diagnostics], Source = source with { FormatId = forced?.Id ?? "" } };
        }

        var format = forced;
        FormatMatch? detection = null;
        if (forced is null)
        {
            var candidates = Detect(text);
            if (candidates.IsEmpty || candidates[0].Match.Confidence < options.MinimumConfidence)
            {
                diagnostics.Add(Error(DiagnosticCodes.NoFormatRecognised, DescribeNoMatch(candidates)));
                return new ParsedDocument { Diagnostics = [.. diagnostics], Source = source };
            }

            format = FindFormat(candidates[0].FormatId)!;
            detection = candidates[0].Match;
        }
        else
        {
            // Only a page that does not look like the forced format needs the other formats' opinions.
            var own = DetectWith(forced, text);
            if (own.Confidence < options.MinimumConfidence)
            {
                var best = Detect(text)[0];
                var message = string.Create(CultureInfo.InvariantCulture,
                    $"The input was read as '{forced.Id}' as requested, but does not look like it (confidence {own.Confidence:0.00}: {own.Reason}).");
                if (best.FormatId != forced.Id && best.Match.Confidence >= options.MinimumConfidence)
                {
                    message += string.Create(CultureInfo.InvariantCulture, $" It looks like '{best.FormatId}' (confidence {best.Match.Confidence:0.00}).");
                }

                diagnostics.Add(new Diagnostic { Code = DiagnosticCodes.FormatMismatch, Severity = DiagnosticSeverity.Warning, Message = message });
            }
        }

        var context = new ParseContext(format!.Id, options, cancellationToken);
        ParsedDocument result;
        try
        {
            result = format.Parse(text, context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Parse never throws for content: a failing format is a bug, reported with what it said.
            context.Report(DiagnosticCodes.FormatFailed, DiagnosticSeverity.Error,
                $"The format '{format.Id}' failed: {ex.GetType().Name}: {ex.Message}");
            result = new ParsedDocument();
        }

        diagnostics.AddRange(context.Diagnostics);
        foreach (var own in result.Diagnostics)
        {
            if (!diagnostics.Contains(own))
            {
                diagnostics.Add(own);
            }
        }

        return result with
        {
            FormatId = format.Id,
            Diagnostics = [.. diagnostics],
            Source = source with { FormatId = format.Id },
            Detection = detection,
        };
    }

    private static void ReportInputProblems(SourceText text, ParseOptions options, List<Diagnostic> diagnostics)
    {
        if (text.IsTruncated)
        {
            diagnostics.Add(new Diagnostic
            {
                Code = DiagnosticCodes.InputTooLarge,
                Severity = DiagnosticSeverity.Warning,
                Message = text.Markup is { } markup
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"The HTML is longer than the limit of {options.MaxInputLength:N0} characters; only the first {markup.Length:N0} characters of markup (up to the last tag) were read.")
                    : string.Create(CultureInfo.InvariantCulture,
                        $"The input is longer than the limit of {options.MaxInputLength:N0} characters; only the first {text.Length:N0} characters (up to the last full line) were read."),
                Line = text.LineCount,
            });
        }

        if (text.EncodingNote is { } encodingNote)
        {
            diagnostics.Add(new Diagnostic { Code = DiagnosticCodes.EncodingMismatch, Severity = DiagnosticSeverity.Warning, Message = encodingNote });
        }

        if (text.Html is { RemovedTags: > 0 } page)
        {
            diagnostics.Add(new Diagnostic
            {
                Code = DiagnosticCodes.MarkupTooDeep,
                Severity = DiagnosticSeverity.Warning,
                Message = string.Create(CultureInfo.InvariantCulture,
                    $"The HTML nests elements more than {HtmlNestingLimiter.DefaultMaxDepth} deep; {page.RemovedTags:N0} deeper tags were ignored and their text kept."),
            });
        }

        if (text.HadInvalidCharacters)
        {
            diagnostics.Add(new Diagnostic
            {
                Code = DiagnosticCodes.InvalidCharacters,
                Severity = DiagnosticSeverity.Warning,
                Message = "The input held invalid UTF-16 (lone surrogates); they were replaced by U+FFFD.",
            });
        }

        if (TextHeuristics.LooksBinary(text.DetectionWindow))
        {
            diagnostics.Add(Error(DiagnosticCodes.BinaryInput, "The input looks like binary data (NUL or many control characters), not a page's text."));
        }
    }

    private static string DescribeNoMatch(ImmutableArray<FormatCandidate> candidates)
    {
        if (candidates.IsEmpty)
        {
            return "No format is registered in this pipeline.";
        }

        var best = candidates[0];
        return string.Create(CultureInfo.InvariantCulture,
            $"No format recognised the input; the closest was '{best.FormatId}' (confidence {best.Match.Confidence:0.00}: {best.Match.Reason}).");
    }

    private static Diagnostic Error(string code, string message) =>
        new() { Code = code, Severity = DiagnosticSeverity.Error, Message = message };
}
