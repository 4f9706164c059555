using Scholarly.Parsing.Formats.AclAnthology;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.AclAnthology;

public sealed class AclAnthologyAuthorFormatTests
{
    private static ParsedDocument ParseFixture(string path) => PaperParser.Parse(Fixture.Read(path), Fixture.FixedOptions);

    [Fact]
    public void Parse_Seed000_ReadsTheAuthorAndTheVariant()
    {
        var document = ParseFixture("Seeds/000_5beb213020b92186.txt");

        Assert.Equal("Mihyeon Kim", document.Subject!.Name.Written);
        Assert.Equal("Kim", document.Subject.Name.Family);
        Assert.Equal(["MiHyeon Kim"], document.Subject.NameVariants.Select(n => n.Written));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Parse_Seed000_ReadsThreePapersWithYearsAndDecodedVenues()
    {
        var papers = ParseFixture("Seeds/000_5beb213020b92186.txt").Papers;

        Assert.Equal(3, papers.Count);
        Assert.Equal([2025, 2024, 2023], papers.Select(p => p.Date!.Year));
        Assert.All(papers, p => Assert.Equal(DatePrecision.Year, p.Date!.Precision));

        var naacl = papers[0].Venue!;
        Assert.Equal(("NAACL", 2025, VenueKind.Conference, "1", "Long Papers"), (naacl.Acronym, naacl.Year, naacl.Kind, naacl.Volume, naacl.Track));
        var emnlp = papers[1].Venue!;
        Assert.Equal(("EMNLP", 2024, VenueKind.Conference), (emnlp.Acronym, emnlp.Year, emnlp.Kind));
        Assert.Null(emnlp.Volume);
        var findings = papers[2].Venue!;
        Assert.Equal(("EMNLP", 2023, VenueKind.Findings), (findings.Acronym, findings.Year, findings.Kind));
        Assert.Equal("Findings of EMNLP 2023", findings.ToString());
    }

    [Fact]
    public void Parse_Seed000_KeepsTitlesAndAuthorOrderExactly()
    {
        var papers = ParseFixture("Seeds/000_5beb213020b92186.txt").Papers;

        Assert.Equal("See-Saw Modality Balance: See Gradient, and Sew Impaired Vision-Language Balance to Mitigate Dominant Modality Bias", papers[0].Title);
        Assert.Equal(["Junehyoung Kwon", "MiHyeon Kim", "Eunju Lee", "Juhwan Choi", "YoungBin Kim"], papers[0].Authors.Select(a => a.Written));
        Assert.Equal(["MiHyeon Kim", "Juhyoung Park", "YoungBin Kim"], papers[1].Authors.Select(a => a.Written));
        Assert.Equal(["Jungmin Yun", "Mihyeon Kim", "Youngbin Kim"], papers[2].Authors.Select(a => a.Written));
        Assert.All(papers, p => Assert.False(p.AuthorsTruncated));
    }

    [Fact]
    public void Parse_Seed000_RemovesMarkdownEmphasisButKeepsTheRawAbstract()
    {
        var papers = ParseFixture("Seeds/000_5beb213020b92186.txt").Papers;

        Assert.Contains("a novel framework, BalGrad to mitigate", papers[0].Abstract!.Text, StringComparison.Ordinal);
        Assert.Contains("**BalGrad**", papers[0].Abstract!.Raw, StringComparison.Ordinal);
        Assert.Contains("solvers: the explicit and implicit Euler approaches. Based", papers[1].Abstract!.Text, StringComparison.Ordinal);
        Assert.Null(papers[2].Abstract!.Raw);
        Assert.All(papers, p => Assert.False(p.Abstract!.IsTruncated));
        Assert.DoesNotContain(papers, p => p.Abstract!.Text.Contains('*', StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Seed000_RecordsLinksAndLineSpans()
    {
        var papers = ParseFixture("Seeds/000_5beb213020b92186.txt").Papers;

        Assert.Equal([LinkKind.Pdf, LinkKind.Bibtex], papers[0].Links.Select(l => l.Kind));
        Assert.Equal(new LineSpan(8, 13), papers[0].Source!.Lines);
        Assert.Equal(new LineSpan(26, 31), papers[2].Source!.Lines);
    }

    [Fact]
    public void Parse_PageWithParticlesJournalsWorkshopsAndTwelveAuthors_ReadsEveryEntry()
    {
        var document = ParseFixture("AclAnthology/lucia-de-la-fuente.txt");
        var papers = document.Papers;

        Assert.Equal(AclAnthologyAuthorFormat.FormatId, document.FormatId);
        Assert.Equal("Lucía de la Fuente", document.Subject!.Name.Written);
        Assert.Equal(("Lucía", "de la", "Fuente"), (document.Subject.Name.Given, document.Subject.Name.Particle, document.Subject.Name.Family));
        Assert.Equal(["Lucia de la Fuente", "L. de la Fuente"], document.Subject.NameVariants.Select(n => n.Written));
        Assert.Equal(4, papers.Count);

        // A " | " inside a title does not make it an author line.
        Assert.Equal("Ask Me Anything | Except Dates: Temporal Blind Spots in Instruction-Tuned Models", papers[0].Title);
        Assert.Equal(3, papers[0].Authors.Count);
        Assert.Equal(("TACL", VenueKind.Journal, "12", 2024), (papers[0].Venue!.Acronym, papers[0].Venue!.Kind, papers[0].Venue!.Volume, papers[0].Venue!.Year));
        Assert.Equal("Instruction-tuned models answer many questions well but fail on relative dates. We release TempoQA, a benchmark of 4,000 questions.", papers[0].Abstract!.Text);

        Assert.Equal(12, papers[1].Authors.Count);
        Assert.Equal("Omar Haddad", papers[1].Authors[11].Written);
        Assert.Equal(("GeBNLP", VenueKind.Workshop), (papers[1].Venue!.Acronym, papers[1].Venue!.Kind));

        Assert.Equal("Colons: A Study: Of Punctuation in Paper Titles", papers[2].Title);
        Assert.Equal(["Lucía de la Fuente"], papers[2].Authors.Select(a => a.Written));
        Assert.Equal(("ACL", 2022, "2", "Short Papers"), (papers[2].Venue!.Acronym, papers[2].Venue!.Year, papers[2].Venue!.Volume, papers[2].Venue!.Track));
        Assert.Equal([LinkKind.Pdf, LinkKind.Bibtex, LinkKind.Video], papers[2].Links.Select(l => l.Kind));

        Assert.Equal(("SemEval", VenueKind.Workshop, 2022), (papers[3].Venue!.Acronym, papers[3].Venue!.Kind, papers[3].Venue!.Year));
    }

    [Fact]
    public void Parse_PageWithMissingAbstractBlankLinesAndCutOffEnd_KeepsEverythingAndSaysWhat()
    {
        var document = ParseFixture("AclAnthology/pieter-van-der-berg.txt");
        var papers = document.Papers;

        Assert.Equal(("Pieter", "van der", "Berg"), (document.Subject!.Name.Given, document.Subject.Name.Particle, document.Subject.Name.Family));
        Assert.Equal(3, document.Subject.NameVariants.Count);
        Assert.Equal(7, papers.Count);

        Assert.Equal("Annotation Disagreement Is Signal, Not Noise", papers[0].Title);
        Assert.Equal(("CL", VenueKind.Journal, "50", "2"), (papers[0].Venue!.Acronym, papers[0].Venue!.Kind, papers[0].Venue!.Volume, papers[0].Venue!.Issue));
        Assert.NotNull(papers[0].Abstract);

        Assert.Null(papers[1].Abstract);
        Assert.Equal(("ACL", VenueKind.Findings, 2024), (papers[1].Venue!.Acronym, papers[1].Venue!.Kind, papers[1].Venue!.Year));
        var missing = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingAbstract);
        Assert.Equal(DiagnosticSeverity.Info, missing.Severity);
        Assert.Equal(papers[1].Source!.Lines!.Value.StartLine, missing.Line);

        Assert.Equal(("LREC-COLING", 2024, VenueKind.Conference), (papers[2].Venue!.Acronym, papers[2].Venue!.Year, papers[2].Venue!.Kind));
        Assert.Equal(("EACL", 2023), (papers[3].Venue!.Acronym, papers[3].Venue!.Year));
        Assert.Equal(("ACL", VenueKind.Workshop, "4", "Student Research Workshop"), (papers[4].Venue!.Acronym, papers[4].Venue!.Kind, papers[4].Venue!.Volume, papers[4].Venue!.Track));
        Assert.Equal(("AACL", 2022, "1"), (papers[5].Venue!.Acronym, papers[5].Venue!.Year, papers[5].Venue!.Volume));

        // The page stops mid-sentence: the abstract is kept and marked truncated.
        Assert.Equal(("COLING", 2022), (papers[6].Venue!.Acronym, papers[6].Venue!.Year));
        Assert.True(papers[6].Abstract!.IsTruncated);
        Assert.EndsWith("compare them with", papers[6].Abstract!.Text, StringComparison.Ordinal);
        Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.TruncatedEntry);
    }

    [Fact]
    public void Parse_PageCutAfterTitle_KeepsTheTitleAndReportsTheTruncation()
    {
        var text = "Mihyeon Kim\n\n2025\n\npdf bib\nA Complete Paper\nMihyeon Kim\nProceedings of the 2024 Conference on Empirical Methods in Natural Language Processing\n\npdf bib\nAn Unfinished Entry";

        var document = PaperParser.Parse(text);

        Assert.Equal(2, document.Papers.Count);
        Assert.Equal("An Unfinished Entry", document.Papers[1].Title);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingField || d.Code == DiagnosticCodes.TruncatedEntry);
    }

    [Fact]
    public void Parse_EntryWithoutAuthors_ReadsTheVenueAndWarns()
    {
        var text = "Mihyeon Kim\n\n2024\n\npdf bib\nProceedings Front Matter\nProceedings of the 2024 Conference on Empirical Methods in Natural Language Processing\n";

        var document = PaperParser.Parse(text);

        var paper = Assert.Single(document.Papers);
        Assert.Empty(paper.Authors);
        Assert.Equal("EMNLP", paper.Venue!.Acronym);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingField && d.Line == 6);
    }

    [Fact]
    public void Parse_ProfileForcedIntoAcl_CapsTheSkippedLineDiagnostics()
    {
        var document = PaperParser.Parse(Fixture.Read("Seeds/001_87569abedee599f0.txt"), AclAnthologyAuthorFormat.FormatId);

        Assert.InRange(document.Diagnostics.Count(d => d.Code == DiagnosticCodes.UnrecognisedLine), 1, 21);
    }

    [Theory]
    [InlineData("Seeds/000_5beb213020b92186.txt")]
    [InlineData("AclAnthology/lucia-de-la-fuente.txt")]
    [InlineData("AclAnthology/pieter-van-der-berg.txt")]
    public void Detect_AclPages_AreConfident_EvenFromTheFirstKilobyte(string path)
    {
        var text = Fixture.Read(path);
        var format = new AclAnthologyAuthorFormat();

        Assert.True(format.Detect(SourceText.From(text)).Confidence >= 0.8);
        Assert.True(format.Detect(SourceText.From(text[..Math.Min(1024, text.Length)])).Confidence >= 0.5);
    }
}
