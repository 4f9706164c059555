namespace Scholarly.Parsing.Model;

/// <summary>A link attached to a paper.</summary>
public sealed record Link
{
    /// <summary>What the link points to.</summary>
    public LinkKind Kind { get; init; }

    /// <summary>The address, or <see langword="null"/> when the page only shows that the link exists (e.g. a <c>pdf</c> label in copied text).</summary>
    public string? Url { get; init; }
}
