namespace Scholarly.Parsing.Model;

/// <summary>Where a record was read: the format that read it, the page's address and the lines.</summary>
public sealed record SourceInfo
{
    /// <summary>The id of the format that read the record, e.g. <c>acl-anthology/author</c>.</summary>
    public string FormatId { get; init; } = "";

    /// <summary>The page's address, when the caller supplied one.</summary>
    public Uri? Uri { get; init; }

    /// <summary>The lines of the page the record was read from, when known.</summary>
    public LineSpan? Lines { get; init; }
}
