using Scholarly.Parsing.Formats.Arxiv;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Formats.Arxiv;

public sealed class ArxivAbstractFormatTests(ITestOutputHelper output)
{
    [Fact]
    public void Parse_RealPage_ReadsEveryField()
    {
        var html = Fixture.ReadShared("html/arxiv/abs_2004.10162.html", output);
        if (html is null)
        {
            return;
        }

        var document = PaperParser.Parse(html, Fixture.FixedOptions);

        Assert.Equal(ArxivAbstractFormat.FormatId, document.FormatId);
        Assert.Empty(document.Diagnostics);
        var paper = Assert.Single(document.Papers);
        Assert.Equal("EMPIR: Ensembles of Mixed Precision Deep Networks for Increased Robustness against Adversarial Attacks", paper.Title);
        Assert.Equal(["Sanchari Sen", "Balaraman Ravindran", "Anand Raghunathan"], paper.Authors.Select(a => a.Written));
        Assert.StartsWith("Ensuring robustness of Deep Neural Networks (DNNs) is crucial to their adoption in safety-critical applications", paper.Abstract!.Text, StringComparison.Ordinal);
        Assert.EndsWith("without sacrificing accuracy on the unperturbed inputs.", paper.Abstract.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', paper.Abstract.Text);
        Assert.Contains("(<25% in our evaluations)", paper.Abstract.Text, StringComparison.Ordinal);
        Assert.Equal(["cs.LG", "cs.CV", "stat.ML"], paper.Categories);
        Assert.Equal([new Identifier(IdentifierSchemes.Arxiv, "2004.10162"), new Identifier(IdentifierSchemes.Arxiv, "2004.10162v1")], paper.Identifiers);
        Assert.Equal([new PaperVersion { Version = "v1", Date = PublicationDate.FromDate(2020, 4, 21) }], paper.Versions);
        Assert.Equal(PublicationDate.FromDate(2020, 4, 21), paper.Date);
        Assert.Equal("Published as a conference paper at ICLR 2020", paper.Note);
        Assert.Equal(new Venue { Name = "arXiv", Kind = VenueKind.Preprint, Year = 2020 }, paper.Venue);
        // The page's own PDF link, resolved against arxiv.org.
        Assert.Equal([new Link { Kind = LinkKind.Pdf, Url = "https://arxiv.org/pdf/2004.10162" }], paper.Links);
    }

    [Theory]
    [InlineData("abs-current")]
    [InlineData("abs-old-id")]
    public void Parse_OwnPage_MatchesGoldenJson(string name)
    {
        var document = PaperParser.Parse(Fixture.Read($"Html/Arxiv/{name}.html"), Fixture.FixedOptions);

        Golden.Verify(document, $"Golden/Html/Arxiv/{name}.json");
    }

    [Fact]
    public void Parse_CurrentDesign_ReadsVersionsJournalReferenceAndDoi()
    {
        var paper = PaperParser.Parse(Fixture.Read("Html/Arxiv/abs-current.html"), Fixture.FixedOptions).Papers.Single();

        Assert.Equal(["Alice Smith", "Jonas Müller", "Amara Okafor"], paper.Authors.Select(a => a.Written));
        Assert.Equal(["v1", "v2"], paper.Versions.Select(v => v.Version));
        Assert.Equal(PublicationDate.FromDate(2023, 4, 4), paper.Versions[1].Date);
        Assert.Contains(new Identifier(IdentifierSchemes.Arxiv, "2303.12345v2"), paper.Identifiers);
        // The related DOI is the published version's; the arXiv-issued DataCite DOI is not recorded.
        Assert.Equal([new Identifier(IdentifierSchemes.Doi, "10.1162/tacl_a_00601")], paper.Identifiers.Where(i => i.Scheme == IdentifierSchemes.Doi));
        Assert.Equal(("Transactions of the Association for Computational Linguistics 11 (2023) 1-20", VenueKind.Journal, 2023),
            (paper.Venue!.Name, paper.Venue.Kind, paper.Venue.Year));
        Assert.Equal(["cs.CL", "cs.AI", "cs.LG"], paper.Categories);
        Assert.Equal("https://arxiv.org/pdf/2303.12345v2", paper.Links.Single().Url);
    }

    [Fact]
    public void Parse_HandCopiedTextWithWrappedAbstract_RejoinsIt()
    {
        var text = "[Submitted on 21 Apr 2020 (v1), last revised 5 May 2020 (this version, v2)]\nTitle: A Wrapped Abstract\nAuthors: Ada Example, Bob Sample\n"
            + "Abstract: Ensuring robustness of deep networks is crucial to their\nadoption in safety-critical applications such as self-driving cars,\n"
            + "drones and healthcare.\n\nComments: 9 pages\nSubjects: Machine Learning (cs.LG)\nCite as: arXiv:2004.10162 [cs.LG]\n";

        var document = PaperParser.Parse(text, Fixture.FixedOptions);

        var paper = Assert.Single(document.Papers);
        Assert.Equal(ArxivAbstractFormat.FormatId, document.FormatId);
        Assert.Equal("Ensuring robustness of deep networks is crucial to their adoption in safety-critical applications such as self-driving cars, drones and healthcare.", paper.Abstract!.Text);
        Assert.NotNull(paper.Abstract.Raw);
        Assert.Equal([new PaperVersion { Version = "v1", Date = PublicationDate.FromDate(2020, 4, 21) }, new PaperVersion { Version = "v2", Date = PublicationDate.FromDate(2020, 5, 5) }],
            paper.Versions);
        Assert.Contains(new Identifier(IdentifierSchemes.Arxiv, "2004.10162v2"), paper.Identifiers);
        Assert.Equal("9 pages", paper.Note);
    }

    [Fact]
    public void Parse_PageWithoutCitationOrAbstract_ReportsWhatIsMissing()
    {
        var document = PaperParser.Parse("Title: Only a Title\nAuthors: Ada Example\nSubmission history\n[v1] Tue, 31 Feb 2020 10:00:00 UTC (1 KB)\n", Fixture.FixedOptions);

        var paper = Assert.Single(document.Papers);
        Assert.Equal(ArxivAbstractFormat.FormatId, document.FormatId);
        Assert.Empty(paper.Identifiers);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingAbstract);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingField);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MalformedDate && d.Line == 4);
        Assert.Equal([new PaperVersion { Version = "v1" }], paper.Versions);
    }

    [Theory]
    [InlineData("arXiv:2004.10162 [cs.LG] (or arXiv:2004.10162v1 [cs.LG] for this version)", "2004.10162", "v1")]
    [InlineData("arXiv:2303.12345v2 [cs.CL]", "2303.12345", "v2")]
    [InlineData("arXiv:hep-th/9901001", "hep-th/9901001", null)]
    [InlineData("arXiv:math.GT/0309136v3", "math.GT/0309136", "v3")]
    [InlineData("nothing here", null, null)]
    public void ReadCitation_ReadsIdAndShownVersion(string citeAs, string? id, string? version)
    {
        Assert.Equal((id, version), ArxivText.ReadCitation(citeAs));
    }

    [Theory]
    [InlineData("Machine Learning (cs.LG); Computer Vision and Pattern Recognition (cs.CV); Machine Learning (stat.ML)", new[] { "cs.LG", "cs.CV", "stat.ML" })]
    [InlineData("High Energy Physics - Theory (hep-th)", new[] { "hep-th" })]
    [InlineData("No code here; Another (cs.AI)", new[] { "cs.AI" })]
    public void ReadSubjects_KeepsThePrimaryFirst(string subjects, string[] expected)
    {
        Assert.Equal(expected, ArxivText.ReadSubjects(subjects));
    }

    [Theory]
    [InlineData("Seeds/000_5beb213020b92186.txt")]
    [InlineData("Seeds/002_dbfa5769a9e7e24b.txt")]
    [InlineData("Seeds/004_9cc558a792950015.txt")]
    [InlineData("Html/AclAnthology/paper-2024.txt")]
    public void Detect_OtherPages_AreNotArxivPages(string path)
    {
        Assert.True(new ArxivAbstractFormat().Detect(SourceText.From(Fixture.Read(path))).Confidence < 0.5);
    }
}
