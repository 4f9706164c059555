namespace Scholarly.Parsing.Pipeline;

/// <summary>Settings for one parse. Immutable; <see cref="Default"/> suits most uses.</summary>
public sealed record ParseOptions
{
    // Validated on init: a negative limit or a confidence outside [0, 1] is a programming error, reported
    // where the options are made rather than as odd results later.
    private readonly TimeProvider _timeProvider = TimeProvider.System;
    private readonly int _maxInputLength = 32 * 1024 * 1024;
    private readonly int _maxEntries = 100_000;
    private readonly double _minimumConfidence = 0.5;

    /// <summary>The default options.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>
    /// The clock that gives the reference date, used where a page omits the year of a date. Pass a
    /// fixed clock for reproducible results (the date is marked inferred either way).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        init => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The largest input read, in characters (default 32 Mi). Longer input is cut at the last line
    /// break before the limit and a <see cref="DiagnosticCodes.InputTooLarge"/> diagnostic is reported.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxInputLength
    {
        get => _maxInputLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _maxInputLength = value;
        }
    }

    /// <summary>
    /// The most entries (papers) read from one page (default 100,000). Further entries are skipped
    /// with a <see cref="DiagnosticCodes.TooManyEntries"/> diagnostic.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxEntries
    {
        get => _maxEntries;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _maxEntries = value;
        }
    }

    /// <summary>The smallest detection confidence for a format to be chosen automatically (default 0.5).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 0 and 1.</exception>
    public double MinimumConfidence
    {
        get => _minimumConfidence;
        init
        {
            // NaN would make every comparison false: no format could ever be chosen.
            if (double.IsNaN(value) || value < 0 || value > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The minimum confidence is between 0 and 1.");
            }

            _minimumConfidence = value;
        }
    }

    /// <summary>
    /// When set, a parse that reports any <see cref="DiagnosticSeverity.Error"/> throws a
    /// <see cref="ScholarlyParseException"/> carrying the document and its diagnostics.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>The page's address, recorded in every <see cref="Model.SourceInfo"/>.</summary>
    public Uri? SourceUri { get; init; }
}
