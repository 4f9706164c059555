namespace Scholarly.Parsing.Model;

/// <summary>A paper's title and abstract in another language than <see cref="Paper.Title"/>.</summary>
public sealed record PaperTranslation
{
    /// <summary>The language as a BCP 47 tag, e.g. <c>de</c>.</summary>
    public string Language { get; init; } = "";

    /// <summary>The translated title, when the page gives one.</summary>
    public string? Title { get; init; }

    /// <summary>The translated abstract, when the page gives one.</summary>
    public PaperAbstract? Abstract { get; init; }
}
