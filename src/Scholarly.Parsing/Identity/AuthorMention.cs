using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Identity;

/// <summary>One place a person is named: a position in a paper's author list, or the subject of a page.</summary>
public sealed record AuthorMention
{
    /// <summary>The name as written there.</summary>
    public PersonName Name { get; init; } = new();

    /// <summary>Whether this is a paper author or a page's subject.</summary>
    public MentionRole Role { get; init; }

    /// <summary>The id of the document (see <see cref="ResolvedDocument.Id"/>) the mention is in.</summary>
    public string DocumentId { get; init; } = "";

    /// <summary>The paper's index in its document's <see cref="Pipeline.ParsedDocument.Papers"/>, or -1 for a page subject.</summary>
    public int PaperIndex { get; init; } = -1;

    /// <summary>The 0-based position in the paper's author list, or -1 for a page subject.</summary>
    public int Position { get; init; } = -1;

    /// <summary>Where the mention was read.</summary>
    public SourceInfo? Source { get; init; }

    /// <summary>Describes the mention, e.g. <c>"MiHyeon Kim" (author 2 of paper 1 in d0)</c>.</summary>
    public override string ToString() => Role == MentionRole.PageSubject
        ? $"\"{Name.Written}\" (subject of {DocumentId})"
        : $"\"{Name.Written}\" (author {Position + 1} of paper {PaperIndex + 1} in {DocumentId})";
}
