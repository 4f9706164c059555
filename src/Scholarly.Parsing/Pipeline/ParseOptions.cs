namespace Scholarly.Parsing.Pipeline;

/// <summary>Settings for one parse. Immutable; <see cref="Default"/> suits most uses.</summary>
public sealed record ParseOptions
{
    /// <summary>The default options.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>
    /// The clock that gives the reference date, used where a page omits the year of a date. Pass a
    /// fixed clock for reproducible results (the date is marked inferred either way).
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// The largest input read, in characters (default 32 Mi). Longer input is cut at the last line
    /// break before the limit and a <see cref="DiagnosticCodes.InputTooLarge"/> diagnostic is reported.
    /// </summary>
    public int MaxInputLength { get; init; } = 32 * 1024 * 1024;

    /// <summary>
    /// The most entries (papers) read from one page (default 100,000). Further entries are skipped
    /// with a <see cref="DiagnosticCodes.TooManyEntries"/> diagnostic.
    /// </summary>
    public int MaxEntries { get; init; } = 100_000;

    /// <summary>The smallest detection confidence for a format to be chosen automatically (default 0.5).</summary>
    public double MinimumConfidence { get; init; } = 0.5;

    /// <summary>
    /// When set, a parse that reports any <see cref="DiagnosticSeverity.Error"/> throws a
    /// <see cref="ScholarlyParseException"/> carrying the document and its diagnostics.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>The page's address, recorded in every <see cref="Model.SourceInfo"/>.</summary>
    public Uri? SourceUri { get; init; }
}
