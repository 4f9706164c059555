using System.Collections.Immutable;
using Scholarly.Parsing.Formats;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing;

/// <summary>
/// Builds a <see cref="ParserPipeline"/>: choose the built-in formats, add your own, then
/// <see cref="Build"/> a frozen pipeline. The builder itself is not thread-safe.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new ParserPipelineBuilder()
///     .AddBuiltInFormats()
///     .Add(new MyLabPageFormat())
///     .Build();
/// var document = pipeline.Parse(text);
/// </code>
/// </example>
public sealed class ParserPipelineBuilder
{
    private readonly List<IFormatParser> _formats = [];

    /// <summary>The formats added so far, in order.</summary>
    public IReadOnlyList<IFormatParser> Formats => _formats;

    /// <summary>Adds every built-in format.</summary>
    /// <returns>This builder.</returns>
    public ParserPipelineBuilder AddBuiltInFormats()
    {
        foreach (var format in BuiltInFormats.Create())
        {
            if (!_formats.Any(f => f.Id == format.Id))
            {
                _formats.Add(format);
            }
        }

        return this;
    }

    /// <summary>Adds a format.</summary>
    /// <param name="format">The format; its id must be new to this builder.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A format with the same id was already added.</exception>
    public ParserPipelineBuilder Add(IFormatParser format)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (string.IsNullOrWhiteSpace(format.Id))
        {
            throw new ArgumentException("A format must have a non-empty id.", nameof(format));
        }

        if (_formats.Any(f => f.Id == format.Id))
        {
            throw new ArgumentException($"A format with id '{format.Id}' was already added.", nameof(format));
        }

        _formats.Add(format);
        return this;
    }

    /// <summary>Removes a format by id, if present.</summary>
    /// <param name="formatId">The format's id.</param>
    /// <returns>This builder.</returns>
    public ParserPipelineBuilder Remove(string formatId)
    {
        ArgumentNullException.ThrowIfNull(formatId);
        _formats.RemoveAll(f => f.Id == formatId);
        return this;
    }

    /// <summary>Freezes the formats added so far into a pipeline. The builder can be reused.</summary>
    public ParserPipeline Build() => new([.. _formats]);
}
