using Scholarly.Parsing.Formats.Bibtex;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.Bibtex;

public sealed class BibtexFormatDetectTests
{
    private static readonly BibtexFormat s_format = new();

    [Theory]
    [MemberData(nameof(DetectionSamples.SeedFiles), MemberType = typeof(DetectionSamples))]
    public void Detect_Seed_IsNotBibtex(string seed)
    {
        var match = s_format.Detect(SourceText.From(Fixture.Read(seed)));

        Assert.True(match.Confidence < 0.3, $"{match.Confidence}: {match.Reason}");
    }

    [Theory]
    [InlineData("Bibtex/acl-im-bert.bib")]
    [InlineData("Bibtex/edge-cases.bib")]
    public void Detect_BibFile_IsConfident(string file)
    {
        var candidates = PaperParser.Detect(Fixture.Read(file));

        Assert.Equal(BibtexFormat.FormatId, candidates[0].FormatId);
        Assert.True(candidates[0].Match.Confidence >= 0.8, candidates[0].Match.Reason);
    }

    [Theory]
    [InlineData(DetectionSamples.NewsProse)]
    [InlineData(DetectionSamples.Json)]
    [InlineData(DetectionSamples.Csv)]
    [InlineData("Write to me @ home or at jane@example.org.\nThanks!")]
    [InlineData("Follow @scholarly{ on social media")]
    public void Detect_OtherText_IsNotBibtex(string text)
    {
        Assert.True(s_format.Detect(SourceText.From(text)).Confidence < 0.3);
    }

    [Fact]
    public void Detect_OnlyComments_IsLikelyButNotCertain()
    {
        var match = s_format.Detect(SourceText.From("@comment{just a note}\n@string{acl = \"ACL\"}\n"));

        Assert.InRange(match.Confidence, 0.5, 0.79);
    }
}
