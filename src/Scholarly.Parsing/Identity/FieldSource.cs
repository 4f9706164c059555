using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Identity;

/// <summary>Which record gave a merged field its value.</summary>
public sealed record FieldSource
{
    /// <summary>The field's name as in <see cref="Paper"/>, e.g. <c>venue</c>, <c>abstract</c>, <c>summary</c>.</summary>
    public string Field { get; init; } = "";

    /// <summary>The id of the document that gave the value.</summary>
    public string DocumentId { get; init; } = "";

    /// <summary>The record's index in that document's papers.</summary>
    public int PaperIndex { get; init; }

    /// <summary>Where the value was read.</summary>
    public SourceInfo? Source { get; init; }
}
