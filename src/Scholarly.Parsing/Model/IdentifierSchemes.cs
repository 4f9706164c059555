namespace Scholarly.Parsing.Model;

/// <summary>The identifier schemes the built-in formats use in <see cref="Identifier.Scheme"/>.</summary>
public static class IdentifierSchemes
{
    /// <summary>A Digital Object Identifier.</summary>
    public const string Doi = "doi";

    /// <summary>An arXiv identifier such as <c>2303.12345</c>.</summary>
    public const string Arxiv = "arxiv";

    /// <summary>An ACL Anthology paper id (<c>2024.emnlp-main.123</c>) or person id (<c>mihyeon-kim</c>).</summary>
    public const string AclAnthology = "acl-anthology";

    /// <summary>
    /// A Google Scholar profile id (<c>P1RwlvoAAAAJ</c>) or the id of an article in a profile
    /// (<c>P1RwlvoAAAAJ:u5HHmVD_uO8C</c>).
    /// </summary>
    public const string GoogleScholar = "google-scholar";

    /// <summary>An ORCID iD.</summary>
    public const string Orcid = "orcid";

    /// <summary>A BibTeX citation key such as <c>kim-etal-2024-im</c>.</summary>
    public const string Bibtex = "bibtex";
}
