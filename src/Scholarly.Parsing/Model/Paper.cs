namespace Scholarly.Parsing.Model;

/// <summary>A paper as one page presents it.</summary>
public sealed record Paper
{
    /// <summary>The title as written (in <see cref="Language"/> when that is set).</summary>
    public string Title { get; init; } = "";

    /// <summary>The language of <see cref="Title"/> as a BCP 47 tag, when the page states or implies it.</summary>
    public string? Language { get; init; }

    /// <summary>The authors in the order the page lists them.</summary>
    public EquatableArray<PersonName> Authors { get; init; }

    /// <summary>Whether the page shows only some of the authors (e.g. the list ends in <c>et al.</c>).</summary>
    public bool AuthorsTruncated { get; init; }

    /// <summary>Institutions listed for the paper's authors as a group (e.g. <c>· cmu, uw</c>).</summary>
    public EquatableArray<Affiliation> Affiliations { get; init; }

    /// <summary>
    /// Institutions given for single authors, in author order; empty when the page gives none (it is
    /// then omitted from JSON). An author may have several; authors without one are not listed.
    /// </summary>
    public EquatableArray<AuthorAffiliation> AuthorAffiliations { get; init; }

    /// <summary>Where the paper appeared, when the page says.</summary>
    public Venue? Venue { get; init; }

    /// <summary>The page range, e.g. <c>1–10</c>, when known.</summary>
    public string? Pages { get; init; }

    /// <summary>When the paper was published or posted, when the page says.</summary>
    public PublicationDate? Date { get; init; }

    /// <summary>The abstract, when the page has one.</summary>
    public PaperAbstract? Abstract { get; init; }

    /// <summary>The title and abstract in other languages.</summary>
    public EquatableArray<PaperTranslation> Translations { get; init; }

    /// <summary>Subject categories, e.g. arXiv's <c>cs.LG</c>.</summary>
    public EquatableArray<string> Categories { get; init; }

    /// <summary>Identifiers of the paper (DOI, arXiv id, ACL Anthology id, …).</summary>
    public EquatableArray<Identifier> Identifiers { get; init; }

    /// <summary>Links to the PDF, BibTeX, code and so on.</summary>
    public EquatableArray<Link> Links { get; init; }

    /// <summary>Numbers a site reports about the paper, e.g. Google Scholar's "Cited by" count.</summary>
    public EquatableArray<Metric> Metrics { get; init; }

    /// <summary>
    /// The versions the site lists, oldest first (e.g. arXiv's submission history). The version the
    /// page shows is named by a versioned identifier such as <c>arxiv:2004.10162v2</c>.
    /// </summary>
    public EquatableArray<PaperVersion> Versions { get; init; }

    /// <summary>A free-text note the site attaches to the paper (arXiv's "Comments", the ACL Anthology's "Note"), as written.</summary>
    public string? Note { get; init; }

    /// <summary>A site's summary of the paper (TL;DR, contribution, findings), when present.</summary>
    public PaperSummary? Summary { get; init; }

    /// <summary>Topics a site assigns to the paper.</summary>
    public EquatableArray<string> Topics { get; init; }

    /// <summary>Methods a site says the paper uses.</summary>
    public EquatableArray<string> Methods { get; init; }

    /// <summary>Peer reviews published with the paper, one per entry.</summary>
    public EquatableArray<string> PeerReviews { get; init; }

    /// <summary>
    /// The bibliographic entry type in BibTeX's vocabulary, lowercase (<c>article</c>,
    /// <c>inproceedings</c>, <c>phdthesis</c>, …), when the source states one. BibTeX types unknown to
    /// the library are kept as written (lowercased); RIS types are mapped to the nearest BibTeX type.
    /// </summary>
    public string? EntryType { get; init; }

    /// <summary>Keywords the source lists for the paper (BibTeX <c>keywords</c>, RIS <c>KW</c>), in source order.</summary>
    public EquatableArray<string> Keywords { get; init; }

    /// <summary>
    /// Parts of <see cref="Title"/> whose capitalisation must be kept as written, such as BibTeX's
    /// <c>{BERT}</c>: distinct, in order of first appearance, as they appear in the title.
    /// </summary>
    public EquatableArray<string> ProtectedTitleSpans { get; init; }

    /// <summary>
    /// Fields of a bibliographic record that no other property holds (BibTeX fields, RIS tags), in
    /// source order, so that nothing the source said is dropped.
    /// </summary>
    public EquatableArray<ExtraField> ExtraFields { get; init; }

    /// <summary>Where the paper was read.</summary>
    public SourceInfo? Source { get; init; }

    /// <summary>Returns the title.</summary>
    public override string ToString() => Title;
}
