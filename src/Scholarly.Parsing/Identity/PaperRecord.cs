using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Identity;

/// <summary>One version of a paper as one document gave it.</summary>
public sealed record PaperRecord
{
    /// <summary>The id of the document the record is in.</summary>
    public string DocumentId { get; init; } = "";

    /// <summary>The record's index in its document's papers.</summary>
    public int PaperIndex { get; init; }

    /// <summary>The paper as that document gave it.</summary>
    public Paper Paper { get; init; } = new();
}
