using Scholarly.Parsing.Formats.AclAnthology;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Formats.AclAnthology;

public sealed class AclAnthologyPaperFormatTests(ITestOutputHelper output)
{
    [Fact]
    public void Parse_RealPage_ReadsEveryField()
    {
        var html = Fixture.ReadShared("html/acl-paper/N04-1001.html", output);
        if (html is null)
        {
            return;
        }

        var document = PaperParser.Parse(html, Fixture.FixedOptions);

        Assert.Equal(AclAnthologyPaperFormat.FormatId, document.FormatId);
        Assert.Null(document.Subject);
        var paper = Assert.Single(document.Papers);
        Assert.Equal("A Statistical Model for Multilingual Entity Detection and Tracking", paper.Title);
        // The page writes initials; the meta tags' full names do not replace what the page shows.
        Assert.Equal(["R. Florian", "H. Hassan", "A. Ittycheriah", "H. Jing", "N. Kambhatla", "X. Luo", "N. Nicolov", "S. Roukos"], paper.Authors.Select(a => a.Written));
        Assert.Equal(
            "Proceedings of the Human Language Technology Conference of the North American Chapter of the Association for Computational Linguistics: HLT-NAACL 2004",
            paper.Venue!.Name);
        Assert.Equal(("NAACL", 2004, VenueKind.Conference, "Association for Computational Linguistics"),
            (paper.Venue.Acronym, paper.Venue.Year, paper.Venue.Kind, paper.Venue.Publisher));
        Assert.Equal(new PublicationDate { Year = 2004, Month = 5 }, paper.Date);
        Assert.Equal("1–8", paper.Pages);
        Assert.Equal([new Identifier(IdentifierSchemes.AclAnthology, "N04-1001")], paper.Identifiers);
        Assert.Equal(
            [
                new Link { Kind = LinkKind.Pdf, Url = "https://aclanthology.org/N04-1001.pdf" },
                new Link { Kind = LinkKind.Bibtex, Url = "https://aclanthology.org/N04-1001.bib" },
                new Link { Kind = LinkKind.Page, Url = "https://aclanthology.org/N04-1001/" },
            ],
            paper.Links);
        Assert.Null(paper.Abstract);
        Assert.Null(paper.Note);
        Assert.Equal(DiagnosticCodes.MissingAbstract, Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void Parse_OwnPageWithAbstractDoiAndAttachments_MatchesGoldenJson()
    {
        var document = PaperParser.Parse(Fixture.Read("Html/AclAnthology/paper-2024.html"), Fixture.FixedOptions);

        Golden.Verify(document, "Golden/Html/AclAnthology/paper-2024.json");
    }

    [Fact]
    public void Parse_OwnPageWithAbstractDoiAndAttachments_ReadsThem()
    {
        var paper = PaperParser.Parse(Fixture.Read("Html/AclAnthology/paper-2024.html"), Fixture.FixedOptions).Papers.Single();

        Assert.Equal("Ask Me Anything | Except Dates: Temporal Blind Spots in Instruction-Tuned Models", paper.Title);
        Assert.StartsWith("Instruction-tuned models answer many questions well but fail on relative dates such as “the Tuesday before last”.", paper.Abstract!.Text, StringComparison.Ordinal);
        Assert.Contains(new Identifier(IdentifierSchemes.Doi, "10.1162/tacl_a_00640"), paper.Identifiers);
        Assert.Equal(("TACL", VenueKind.Journal, "12", "MIT Press"), (paper.Venue!.Acronym, paper.Venue.Kind, paper.Venue.Volume, paper.Venue.Publisher));
        Assert.Equal("101–117", paper.Pages);
        Assert.Equal("Presented at ACL 2024", paper.Note);
        Assert.Equal(PublicationDate.FromYear(2024), paper.Date);
        // The software link shows a file name; its address comes from the markup.
        Assert.Contains(new Link { Kind = LinkKind.Code, Url = "https://aclanthology.org/attachments/2024.tacl-1.7.software.zip" }, paper.Links);
        Assert.Contains(new Link { Kind = LinkKind.Video, Url = "https://aclanthology.org/2024.tacl-1.7.mp4" }, paper.Links);
    }

    [Fact]
    public void Parse_OwnPageCopiedAsText_HasTheSoftwareLinkWithoutAnAddress()
    {
        var paper = PaperParser.Parse(Fixture.Read("Html/AclAnthology/paper-2024.txt"), Fixture.FixedOptions).Papers.Single();

        Assert.Contains(new Link { Kind = LinkKind.Code }, paper.Links);
    }

    [Fact]
    public void Parse_StrippedPage_FillsTitleAuthorsPagesAndPdfFromTheMetaTags()
    {
        var document = PaperParser.Parse(Fixture.Read("Html/AclAnthology/paper-stripped.html"), Fixture.FixedOptions);

        var paper = Assert.Single(document.Papers);
        Assert.Equal(AclAnthologyPaperFormat.FormatId, document.FormatId);
        Assert.Equal("A Statistical Model for Multilingual Entity Detection and Tracking", paper.Title);
        Assert.Equal(["Radu Florian", "Salim Roukos"], paper.Authors.Select(a => a.Written));
        Assert.Equal("1–8", paper.Pages);
        Assert.Contains(new Link { Kind = LinkKind.Pdf, Url = "https://aclanthology.org/N04-1001.pdf" }, paper.Links);
        // The text alone had neither: the diagnostics say so, the markup filled the gaps.
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingField);
    }

    [Fact]
    public void Parse_ValuesOnTheLabelLine_AreReadToo()
    {
        var text = "A Paper on Labels\nAda Example and Bob Sample\nAnthology ID:\t2023.acl-long.1\nVolume: Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)\n"
            + "Month:\tJuly\nYear:\t2023\nPages:\t1–12\nDOI:\thttps://doi.org/10.18653/v1/2023.acl-long.1\nPDF:\thttps://aclanthology.org/2023.acl-long.1.pdf\n";

        var document = PaperParser.Parse(text, Fixture.FixedOptions);

        var paper = Assert.Single(document.Papers);
        Assert.Equal(AclAnthologyPaperFormat.FormatId, document.FormatId);
        Assert.Equal(["Ada Example", "Bob Sample"], paper.Authors.Select(a => a.Written));
        Assert.Equal(("ACL", "1", "Long Papers"), (paper.Venue!.Acronym, paper.Venue.Volume, paper.Venue.Track));
        Assert.Equal(new PublicationDate { Year = 2023, Month = 7 }, paper.Date);
        Assert.Equal(
            [new Identifier(IdentifierSchemes.AclAnthology, "2023.acl-long.1"), new Identifier(IdentifierSchemes.Doi, "10.18653/v1/2023.acl-long.1")],
            paper.Identifiers);
    }

    [Fact]
    public void Parse_DetailsWithoutTitleOrId_ReportsWhatIsMissing()
    {
        var document = PaperParser.Parse("Volume:\nProceedings of a Workshop\nYear:\n2020\nBibkey:\nx-2020-y\n", AclAnthologyPaperFormat.FormatId, Fixture.FixedOptions);

        var paper = Assert.Single(document.Papers);
        Assert.Equal("", paper.Title);
        Assert.Empty(paper.Identifiers);
        Assert.Equal(3, document.Diagnostics.Count(d => d.Code == DiagnosticCodes.MissingField));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatMismatch);
    }

    [Theory]
    [InlineData("Seeds/000_5beb213020b92186.txt")]
    [InlineData("Seeds/001_87569abedee599f0.txt")]
    [InlineData("Html/Arxiv/abs-current.txt")]
    [InlineData("Html/GoogleScholar/profile-en.txt")]
    public void Detect_OtherPages_AreNotAclPaperPages(string path)
    {
        Assert.True(new AclAnthologyPaperFormat().Detect(SourceText.From(Fixture.Read(path))).Confidence < 0.5);
    }

    [Fact]
    public void Detect_OwnPage_IsConfident()
    {
        Assert.True(new AclAnthologyPaperFormat().Detect(SourceText.From(Fixture.Read("Html/AclAnthology/paper-2024.txt"))).Confidence >= 0.9);
    }
}
