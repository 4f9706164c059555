namespace Scholarly.Parsing.Pipeline;

/// <summary>
/// A page format: recognises its pages and reads them into the model. The built-in formats and a
/// user's plugins implement exactly this interface; register plugins with
/// <see cref="ParserPipelineBuilder.Add(IFormatParser)"/>.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe (one instance serves every parse) and must not throw for any
/// content: report problems through <see cref="ParseContext.Report"/> and return what could be read.
/// </remarks>
public interface IFormatParser
{
    /// <summary>A stable id, lowercase with <c>/</c> and <c>-</c>, e.g. <c>acl-anthology/author</c>.</summary>
    string Id { get; }

    /// <summary>A readable name, e.g. <c>ACL Anthology author page</c>.</summary>
    string DisplayName { get; }

    /// <summary>
    /// Says how confident the format is that it can read <paramref name="text"/>. Look only at
    /// <see cref="SourceText.DetectionWindow"/> (the first 8 KB) so detection stays cheap.
    /// </summary>
    /// <param name="text">The normalised page.</param>
    FormatMatch Detect(SourceText text);

    /// <summary>Reads a page.</summary>
    /// <param name="text">The normalised page.</param>
    /// <param name="context">Options, the reference date and the place to report diagnostics.</param>
    /// <returns>
    /// The document read: the subject author and the papers. The pipeline fills in
    /// <see cref="ParsedDocument.FormatId"/>, <see cref="ParsedDocument.Source"/> and appends the
    /// diagnostics reported to <paramref name="context"/>.
    /// </returns>
    ParsedDocument Parse(SourceText text, ParseContext context);
}
