namespace Scholarly.Parsing.Formats.Ris;

/// <summary>A tag of a record (<c>AU</c>, <c>PY</c>, …) with its value's lines.</summary>
/// <param name="Name">The two-character tag.</param>
/// <param name="Line">The 1-based line the tag is on.</param>
internal sealed record RisTag(string Name, int Line)
{
    /// <summary>The value: the text after the tag, then any continuation lines.</summary>
    public List<string> Lines { get; } = [];

    /// <summary>The value's lines joined by line breaks.</summary>
    public string Value => string.Join('\n', Lines).Trim();
}
