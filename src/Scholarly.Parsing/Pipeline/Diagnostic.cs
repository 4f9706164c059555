using System.Globalization;
using System.Text.Json.Serialization;

namespace Scholarly.Parsing.Pipeline;

/// <summary>Something a parser noticed about its input: a stable code, a severity, a message and a position.</summary>
public sealed record Diagnostic
{
    /// <summary>A stable code such as <c>SP1002</c>; see <see cref="DiagnosticCodes"/>.</summary>
    public string Code { get; init; } = "";

    /// <summary>How serious it is.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] // "info" is the default value but must still be visible in JSON.
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>A readable explanation.</summary>
    public string Message { get; init; } = "";

    /// <summary>The 1-based line in the normalised source text, or 0 when it concerns the whole input.</summary>
    public int Line { get; init; }

    /// <summary>The 1-based column, or 0 when not known.</summary>
    public int Column { get; init; }

    /// <summary>Formats as <c>(12,1): warning SP1002: message</c>, like a compiler.</summary>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLowerInvariant();
        return Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"({Line},{Math.Max(Column, 1)}): {severity} {Code}: {Message}")
            : $"{severity} {Code}: {Message}";
    }
}
