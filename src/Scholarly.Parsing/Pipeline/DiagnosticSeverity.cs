namespace Scholarly.Parsing.Pipeline;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing was lost (e.g. an entry without an abstract, an inferred year).</summary>
    Info,

    /// <summary>Something was skipped, guessed or cut off; the rest of the page was read.</summary>
    Warning,

    /// <summary>The page, or a part of it, could not be read. In strict mode this throws.</summary>
    Error,
}
