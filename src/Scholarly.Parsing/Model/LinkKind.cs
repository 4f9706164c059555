namespace Scholarly.Parsing.Model;

/// <summary>What a <see cref="Link"/> points to.</summary>
public enum LinkKind
{
    /// <summary>Anything else.</summary>
    Other,

    /// <summary>The paper's PDF.</summary>
    Pdf,

    /// <summary>A BibTeX record.</summary>
    Bibtex,

    /// <summary>A code repository.</summary>
    Code,

    /// <summary>A web page about the paper or project.</summary>
    Page,

    /// <summary>A video or recorded talk.</summary>
    Video,

    /// <summary>A data set.</summary>
    Data,
}
