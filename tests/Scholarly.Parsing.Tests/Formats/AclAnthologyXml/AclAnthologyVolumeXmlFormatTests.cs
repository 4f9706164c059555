using Scholarly.Parsing.Formats.AclAnthologyXml;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.AclAnthologyXml;

public sealed class AclAnthologyVolumeXmlFormatTests
{
    private static readonly AclAnthologyVolumeXmlFormat s_format = new();

    private static ParsedDocument ParseFixture() =>
        s_format.Parse(SourceText.From(Fixture.Read("AclAnthologyXml/2099.demo.xml")), new ParseContext(AclAnthologyVolumeXmlFormat.FormatId, Fixture.FixedOptions));

    [Fact]
    public void Detect_VolumeXml_IsConfident()
    {
        var match = s_format.Detect(SourceText.From(Fixture.Read("AclAnthologyXml/2099.demo.xml")));

        Assert.True(match.Confidence >= 0.9, match.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body><p>volume</p></body></html>")]
    [InlineData("Kim, MiHyeon\npdf bib\nSee-Saw")]
    public void Detect_OtherText_IsNotConfident(string text)
    {
        Assert.True(s_format.Detect(SourceText.From(text)).Confidence < 0.3);
    }

    [Fact]
    public void Parse_Fixture_ReadsPapersWithPlainTitlesAuthorsAndVenue()
    {
        var document = ParseFixture();

        Assert.Equal(2, document.Papers.Count);
        var paper = document.Papers[0];
        Assert.Equal("See-Saw Modality Balance with \\ell_2 Gradients", paper.Title);
        Assert.Equal(["MiHyeon Kim", "Junehyoung Kwon", "Ludwig van der Waals"], paper.Authors.Select(a => a.Written));
        Assert.Equal("MiHyeon", paper.Authors[0].Given);
        Assert.Equal("van der Waals", paper.Authors[2].Family);
        Assert.Equal("We balance modalities with gradients.", paper.Abstract?.Text);
        Assert.Equal("NAACL", paper.Venue?.Acronym);
        Assert.Equal(2099, paper.Venue?.Year);
        Assert.Equal("Association for Computational Linguistics", paper.Venue?.Publisher);
        Assert.Equal(new PublicationDate { Year = 2099, Month = 6 }, paper.Date);
        Assert.Contains(new Identifier(IdentifierSchemes.AclAnthology, "2099.demo-long.1"), paper.Identifiers);
        Assert.Contains(new Identifier(IdentifierSchemes.Doi, "10.99999/v1/2099.demo-long.1"), paper.Identifiers);
        Assert.Equal(AclAnthologyVolumeXmlFormat.FormatId, paper.Source?.FormatId);
    }

    [Fact]
    public void Parse_Fixture_ReadsPageRanges()
    {
        var papers = ParseFixture().Papers;

        Assert.Equal("1-12", papers[0].Pages);
        Assert.Equal("13-20", papers[1].Pages);
    }

    [Fact]
    public void Parse_Fixture_KeepsPerAuthorAffiliationsAndSkipsEditors()
    {
        var paper = ParseFixture().Papers[0];

        Assert.Equal(
            [(0, "Chung-Ang University"), (1, "Chung-Ang University"), (1, "Example Lab")],
            paper.AuthorAffiliations.Select(a => (a.AuthorIndex, a.Affiliation.Name)));
        Assert.DoesNotContain(paper.Authors, a => a.Written == "Ada Editor");
    }

    [Fact]
    public void Parse_AccentsMononymsAndEmptyAuthors_KeepsNamesAndReportsTheSkipped()
    {
        var document = ParseFixture();
        var paper = document.Papers[1];

        Assert.Equal(["Éloïse Müller", "Mononym"], paper.Authors.Select(a => a.Written));
        Assert.Null(paper.Authors[1].Given);
        Assert.Equal("fr", paper.Language);
        var context = new ParseContext(AclAnthologyVolumeXmlFormat.FormatId);
        s_format.Parse(SourceText.From(Fixture.Read("AclAnthologyXml/2099.demo.xml")), context);
        Assert.Contains(context.Diagnostics, d => d.Code == DiagnosticCodes.DroppedItem);
    }

    [Fact]
    public void Read_Fixture_KeepsAuthorIdsOutOfTheModelButBesideIt()
    {
        var papers = AclVolumeXmlReader.Read(SourceText.From(Fixture.Read("AclAnthologyXml/2099.demo.xml")), new ParseContext(AclAnthologyVolumeXmlFormat.FormatId));

        Assert.Equal(new string?[] { "mihyeon-kim", null, null }, papers[0].AuthorIds.AsEnumerable());
        Assert.Equal(2, papers[1].AuthorIds.Length);
    }

    [Theory]
    [InlineData("<collection id=\"x\"><volume id=\"1\"><paper id=\"1\"><title>Kept</title></paper><paper id=\"2\"><title>Cut <b>off</title>")]
    [InlineData("<collection id=\"x\"><volume id=\"1\"><paper id=\"1\"><title>Kept</title></paper></volume>&undefined;")]
    [InlineData("<!DOCTYPE collection [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><collection id=\"x\"><volume id=\"1\"><paper id=\"1\"><title>Kept</title></paper>&e;</volume></collection>")]
    public void Parse_MalformedXml_KeepsWhatWasReadAndReports(string xml)
    {
        var context = new ParseContext(AclAnthologyVolumeXmlFormat.FormatId);

        var document = s_format.Parse(SourceText.From(xml), context);

        Assert.Equal("Kept", document.Papers[0].Title);
        Assert.Contains(context.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<collection id=\"x\"/>")]
    [InlineData("<paper/>")]
    public void Parse_NoPapers_ReturnsEmptyWithoutThrowing(string xml)
    {
        var document = s_format.Parse(SourceText.From(xml), new ParseContext(AclAnthologyVolumeXmlFormat.FormatId));

        Assert.True(document.Papers.Count <= 1);
    }

    [Fact]
    public void Parse_ThroughThePipeline_DetectsTheFormat()
    {
        var document = PaperParser.Parse(Fixture.Read("AclAnthologyXml/2099.demo.xml"), Fixture.FixedOptions);

        Assert.Equal(AclAnthologyVolumeXmlFormat.FormatId, document.FormatId);
        Assert.Equal(2, document.Papers.Count);
    }
}
