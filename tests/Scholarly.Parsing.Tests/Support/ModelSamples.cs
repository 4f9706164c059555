using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Tests.Support;

/// <summary>Model values with every member set, for equality and JSON round-trip tests.</summary>
internal static class ModelSamples
{
    public static SourceInfo Source() => new()
    {
        FormatId = "acl-anthology/author",
        Uri = new Uri("https://aclanthology.org/people/mihyeon-kim/"),
        Lines = new LineSpan(8, 13),
    };

    public static PersonName Name(string written = "Ludwig van der Waals Jr.") => new()
    {
        Written = written,
        Given = "Ludwig",
        Particle = "van der",
        Family = "Waals",
        Suffix = "Jr.",
        IsSplitGuessed = true,
    };

    public static Venue Venue() => new()
    {
        Name = "Proceedings of the 2025 Conference of the Nations of the Americas Chapter of the Association for Computational Linguistics: Human Language Technologies (Volume 1: Long Papers)",
        Acronym = "NAACL",
        Year = 2025,
        Kind = VenueKind.Conference,
        Volume = "1",
        Track = "Long Papers",
        Issue = "2",
        Publisher = "Association for Computational Linguistics",
    };

    public static Metric Metric() => new()
    {
        Kind = MetricKinds.Novelty,
        Value = 53.5,
        Unit = MetricUnit.Percent,
        Period = "since 2020",
        Label = "Novelty53%",
        Source = Source(),
    };

    public static PublicationDate Date() => new() { Year = 2025, Month = 3, Day = 18, IsInferred = true };

    public static PaperAbstract Abstract(string language = "en") => new()
    {
        Text = "We propose BalGrad.",
        Raw = "We propose **BalGrad**.",
        Language = language,
        IsTruncated = true,
    };

    public static Paper Paper() => new()
    {
        Title = "See-Saw Modality Balance",
        Language = "en",
        Authors = [Name("Junehyoung Kwon"), Name("MiHyeon Kim")],
        AuthorsTruncated = true,
        Affiliations = [Affiliation.FromName("cmu"), Affiliation.FromName("uw")],
        AuthorAffiliations = [new AuthorAffiliation { AuthorIndex = 1, Affiliation = Affiliation.FromName("Chung-Ang University") }],
        Venue = Venue(),
        Pages = "16217–16229",
        Date = Date(),
        Abstract = Abstract(),
        Translations = [new PaperTranslation { Language = "de", Title = "See-Saw-Modalitätsbalance", Abstract = Abstract("de") }],
        Categories = ["cs.AI", "cs.CL"],
        Identifiers = [new Identifier(IdentifierSchemes.Doi, "10.18653/v1/2025.naacl-long.1")],
        Links = [new Link { Kind = LinkKind.Code, Url = "https://github.com/example/balgrad" }, new Link { Kind = LinkKind.Pdf }],
        Metrics = [Metric() with { Kind = MetricKinds.Citations, Value = 18, Unit = MetricUnit.Count, Period = null, Label = "Cited by 18" }],
        Versions = [new PaperVersion { Version = "v1", Date = PublicationDate.FromDate(2025, 1, 30) }, new PaperVersion { Version = "v2", Date = Date() }],
        Note = "Published as a conference paper at NAACL 2025",
        Summary = new PaperSummary { TlDr = "Balance modalities.", Contribution = "BalGrad.", Findings = ["a", "b"], IsGenerated = true },
        Topics = ["Adversarial Robustness"],
        Methods = ["Dropout", "Softmax"],
        PeerReviews = ["Solid work."],
        EntryType = "inproceedings",
        Keywords = ["modality bias", "gradients"],
        ProtectedTitleSpans = ["See-Saw"],
        ExtraFields = [new ExtraField("address", "Albuquerque, New Mexico"), new ExtraField("editor", "Chiruzzo, Luis")],
        Source = Source(),
    };

    public static Author Author() => new()
    {
        Name = Name("Mihyeon Kim"),
        NameVariants = [Name("MiHyeon Kim")],
        Affiliations = [Affiliation.FromName("Chung-Ang University")],
        Metrics = [Metric()],
        ResearchAreas = ["cs.LG"],
        Identifiers = [new Identifier(IdentifierSchemes.AclAnthology, "mihyeon-kim")],
        Source = Source(),
    };

    public static Diagnostic Diagnostic() => new()
    {
        Code = DiagnosticCodes.TruncatedEntry,
        Severity = DiagnosticSeverity.Warning,
        Message = "The page ends inside an entry.",
        Line = 31,
        Column = 1,
    };

    public static ParsedDocument Document() => new()
    {
        FormatId = "acl-anthology/author",
        Subject = Author(),
        Papers = [Paper(), Paper() with { Title = "IM-BERT" }],
        Diagnostics = [Diagnostic()],
        Source = Source(),
        Detection = new FormatMatch(0.95, "pdf bib markers"),
    };
}
