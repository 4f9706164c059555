namespace Scholarly.Parsing.Pipeline;

/// <summary>Thrown in strict mode (<see cref="ParseOptions.Strict"/>) when a parse reports errors.</summary>
public sealed class ScholarlyParseException : Exception
{
    /// <summary>Creates the exception for a document with errors.</summary>
    /// <param name="document">The document read, including its diagnostics.</param>
    public ScholarlyParseException(ParsedDocument document)
        : base(BuildMessage(document))
    {
        Document = document;
    }

    /// <summary>The document read before the errors were found.</summary>
    public ParsedDocument Document { get; }

    /// <summary>The diagnostics of <see cref="Document"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Document.Diagnostics;

    private static string BuildMessage(ParsedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = document.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return errors.Count switch
        {
            0 => "The page could not be read.",
            1 => "The page could not be read: " + errors[0],
            _ => $"The page could not be read ({errors.Count} errors); first: {errors[0]}",
        };
    }
}
