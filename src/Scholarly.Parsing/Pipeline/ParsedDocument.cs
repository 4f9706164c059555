using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Pipeline;

/// <summary>The result of parsing one page: who it is about, its papers, and what was noticed on the way.</summary>
public sealed record ParsedDocument
{
    /// <summary>The id of the format that read the page, or <see langword="null"/> when none recognised it.</summary>
    public string? FormatId { get; init; }

    /// <summary>The person the page is about (author and profile pages), otherwise <see langword="null"/>.</summary>
    public Author? Subject { get; init; }

    /// <summary>The papers on the page, in page order.</summary>
    public EquatableArray<Paper> Papers { get; init; }

    /// <summary>Everything noticed while reading, in the order it was noticed.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>The page's format and address.</summary>
    public SourceInfo? Source { get; init; }

    /// <summary>Why the format was chosen, when it was detected rather than forced.</summary>
    public FormatMatch? Detection { get; init; }

    /// <summary>Whether any diagnostic has <see cref="DiagnosticSeverity.Error"/> severity.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
