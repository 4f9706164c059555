using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Identity;

/// <summary>A document given to the resolver, under the id that mentions and paper records refer to.</summary>
public sealed record ResolvedDocument
{
    /// <summary>The document's id in this graph (<c>d0</c>, <c>d1</c>, …), assigned in an order that does not depend on the input order.</summary>
    public string Id { get; init; } = "";

    /// <summary>The format that read the document.</summary>
    public string? FormatId { get; init; }

    /// <summary>Where the document came from.</summary>
    public SourceInfo? Source { get; init; }
}
