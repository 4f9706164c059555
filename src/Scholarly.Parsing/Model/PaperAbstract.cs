namespace Scholarly.Parsing.Model;

/// <summary>A paper's abstract as clean text, with the page's raw text kept when cleaning changed it.</summary>
public sealed record PaperAbstract
{
    /// <summary>The abstract as readable text (markup such as <c>**bold**</c> or <c>\textit{x}</c> removed, hard wraps re-joined).</summary>
    public string Text { get; init; } = "";

    /// <summary>The abstract exactly as on the page, when it differs from <see cref="Text"/>.</summary>
    public string? Raw { get; init; }

    /// <summary>The language as a BCP 47 tag (<c>en</c>, <c>de</c>), when the page states or implies it.</summary>
    public string? Language { get; init; }

    /// <summary>Whether the page shows only the beginning of the abstract (e.g. it ends in <c>…</c>).</summary>
    public bool IsTruncated { get; init; }
}
