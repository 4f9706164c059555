using System.Collections.Immutable;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing;

/// <summary>
/// The entry point: reads a scholarly page with the built-in formats. For your own set of formats,
/// build a <see cref="ParserPipeline"/> with <see cref="ParserPipelineBuilder"/>.
/// </summary>
/// <example>
/// <code>
/// ParsedDocument document = PaperParser.Parse(File.ReadAllText("author-page.txt"));
/// Console.WriteLine($"{document.Subject?.Name}: {document.Papers.Count} papers");
/// </code>
/// </example>
public static class PaperParser
{
    /// <summary>The pipeline with every built-in format, shared and thread-safe.</summary>
    public static ParserPipeline DefaultPipeline { get; } = new ParserPipelineBuilder().AddBuiltInFormats().Build();

    /// <summary>Detects the page's format and reads it.</summary>
    /// <param name="text">
    /// The page's text as copied from a browser, or its saved HTML (recognised by its start, e.g.
    /// <c>&lt;!doctype html&gt;</c> or <c>&lt;html&gt;</c>, and read without running scripts or loading anything).
    /// </param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The document; never <see langword="null"/>. Problems are in its diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScholarlyParseException">Strict mode is on and the parse reported errors.</exception>
    public static ParsedDocument Parse(string text, ParseOptions? options = null) => DefaultPipeline.Parse(text, options);

    /// <summary>Reads the page with the given built-in format, whatever detection says.</summary>
    /// <param name="text">The page's text.</param>
    /// <param name="formatId">A built-in format's id, e.g. <c>acl-anthology/author</c>.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="formatId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No built-in format has the id <paramref name="formatId"/>.</exception>
    /// <exception cref="ScholarlyParseException">Strict mode is on and the parse reported errors.</exception>
    public static ParsedDocument Parse(string text, string formatId, ParseOptions? options = null) =>
        DefaultPipeline.Parse(text, formatId, options);

    /// <summary>Reads a page from a stream (UTF-8 unless a byte-order mark says otherwise).</summary>
    /// <param name="stream">The stream; read to the end, not closed.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScholarlyParseException">Strict mode is on and the parse reported errors.</exception>
    public static ParsedDocument Parse(Stream stream, ParseOptions? options = null) => DefaultPipeline.Parse(stream, options);

    /// <summary>Asks every built-in format how confident it is that it can read the page; best first.</summary>
    /// <param name="text">The page's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<FormatCandidate> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Markup is mostly not text: read enough of an HTML page to reach its visible beginning.
        return DefaultPipeline.Detect(Html.HtmlSniffer.LooksLikeHtml(text)
            ? SourceText.FromHtml(text, maxLength: 1024 * 1024)
            : SourceText.From(text, maxLength: SourceText.DetectionWindowLength * 2));
    }
}
