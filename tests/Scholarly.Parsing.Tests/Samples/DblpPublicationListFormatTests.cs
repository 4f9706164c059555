using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Samples.CustomFormat;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Samples;

/// <summary>The sample plugin, tested the way a user would test their own format.</summary>
public sealed class DblpPublicationListFormatTests
{
    private static readonly ParserPipeline Pipeline = new ParserPipelineBuilder()
        .AddBuiltInFormats()
        .Add(new DblpPublicationListFormat())
        .Build();

    private static string ExamplePage()
    {
        using var stream = typeof(DblpPublicationListFormat).Assembly.GetManifestResourceStream("example-dblp.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Parse_ExamplePage_IsDetectedNextToTheBuiltInFormats()
    {
        var document = Pipeline.Parse(ExamplePage());

        Assert.Equal(DblpPublicationListFormat.FormatId, document.FormatId);
        Assert.Equal("Mihyeon Kim", document.Subject!.Name.Written);
        Assert.Equal(4, document.Papers.Count);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Parse_ExamplePage_ReadsTitlesWithColonsAuthorsAndVenues()
    {
        var papers = Pipeline.Parse(ExamplePage()).Papers;

        Assert.Equal("See-Saw Modality Balance: See Gradient, and Sew Impaired Vision-Language Balance to Mitigate Dominant Modality Bias", papers[0].Title);
        Assert.Equal(5, papers[0].Authors.Count);
        Assert.Equal(("NAACL", "Long Papers", 2025, VenueKind.Conference), (papers[0].Venue!.Acronym, papers[0].Venue!.Track, papers[0].Venue!.Year, papers[0].Venue!.Kind));
        Assert.Equal((VenueKind.Preprint, "CoRR"), (papers[1].Venue!.Kind, papers[1].Venue!.Acronym));
        Assert.Equal(new Identifier(IdentifierSchemes.Arxiv, "2503.13834"), papers[1].Identifiers.Single());
        Assert.Equal(VenueKind.Findings, papers[3].Venue!.Kind);
    }

    [Fact]
    public void Detect_AclPage_IsNotClaimedByThePlugin()
    {
        var acl = SourceText.From(Fixture.Read("Seeds/000_5beb213020b92186.txt"));

        Assert.True(new DblpPublicationListFormat().Detect(acl).Confidence < 0.3);
        Assert.Equal("acl-anthology/author", Pipeline.Parse(acl.Text).FormatId);
    }

    [Fact]
    public void Parse_StrayLine_IsReportedWithItsLine()
    {
        var page = ExamplePage().Replace("2024\n", "2024\nthis line is not an entry\n", StringComparison.Ordinal);

        var document = Pipeline.Parse(page);

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnrecognisedLine, diagnostic.Code);
        Assert.Equal(9, diagnostic.Line);
        Assert.Equal(4, document.Papers.Count);
    }
}
