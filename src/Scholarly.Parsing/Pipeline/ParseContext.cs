using Scholarly.Parsing.Model;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Pipeline;

/// <summary>
/// What a format needs while it reads one page: the options, the reference date, and a place to
/// report diagnostics. One context serves one parse; it is not thread-safe.
/// </summary>
public sealed class ParseContext
{
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>Creates a context for reading a page with a format.</summary>
    /// <param name="formatId">The id of the format doing the reading.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ParseOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops a long parse.</param>
    public ParseContext(string formatId, ParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(formatId);
        FormatId = formatId;
        Options = options ?? ParseOptions.Default;
        CancellationToken = cancellationToken;
        ReferenceDate = DateOnly.FromDateTime(Options.TimeProvider.GetUtcNow().UtcDateTime);
    }

    /// <summary>The id of the format doing the reading.</summary>
    public string FormatId { get; }

    /// <summary>The options of this parse.</summary>
    public ParseOptions Options { get; }

    /// <summary>Today's date according to <see cref="ParseOptions.TimeProvider"/>, for dates that omit the year.</summary>
    public DateOnly ReferenceDate { get; }

    /// <summary>Stops a long parse.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The diagnostics reported so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Reports a diagnostic.</summary>
    /// <param name="code">A stable code, see <see cref="DiagnosticCodes"/>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">A readable explanation.</param>
    /// <param name="line">The 1-based line, or 0 for the whole input.</param>
    /// <param name="column">The 1-based column, or 0 when not known.</param>
    public void Report(string code, DiagnosticSeverity severity, string message, int line = 0, int column = 0)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        // Messages quote the input and other libraries' errors (an XML parser decodes "&#xD800;" into its message);
        // a lone surrogate there would not survive JSON.
        _diagnostics.Add(new Diagnostic { Code = code, Severity = severity, Message = Utf16Text.ReplaceLoneSurrogates(message), Line = line, Column = column });
    }

    /// <summary>Creates the <see cref="SourceInfo"/> of a record read from some lines of the page.</summary>
    /// <param name="startLine">The first line (1-based).</param>
    /// <param name="endLine">The last line (1-based, inclusive).</param>
    public SourceInfo SourceAt(int startLine, int endLine) =>
        new() { FormatId = FormatId, Uri = Options.SourceUri, Lines = new LineSpan(startLine, Math.Max(startLine, endLine)) };
}
