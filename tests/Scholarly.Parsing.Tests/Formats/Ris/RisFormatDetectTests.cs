using Scholarly.Parsing.Formats.Ris;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.Ris;

public sealed class RisFormatDetectTests
{
    private static readonly RisFormat s_format = new();

    [Theory]
    [MemberData(nameof(DetectionSamples.SeedFiles), MemberType = typeof(DetectionSamples))]
    public void Detect_Seed_IsNotRis(string file)
    {
        var match = s_format.Detect(SourceText.From(Fixture.Read(file)));

        Assert.True(match.Confidence < 0.3, $"{match.Confidence}: {match.Reason}");
    }

    [Fact]
    public void Detect_BibtexFile_IsNotRis()
    {
        Assert.True(s_format.Detect(SourceText.From(Fixture.Read("Bibtex/acl-im-bert.bib"))).Confidence < 0.3);
    }

    [Theory]
    [InlineData(DetectionSamples.NewsProse)]
    [InlineData(DetectionSamples.Json)]
    [InlineData(DetectionSamples.Csv)]
    [InlineData("AI - a note\nTY is not a tag here\nPT J is prose")]
    public void Detect_OtherText_IsNotRis(string text)
    {
        Assert.True(s_format.Detect(SourceText.From(text)).Confidence < 0.3);
    }

    [Fact]
    public void Detect_RisFile_IsConfident()
    {
        var candidates = PaperParser.Detect(Fixture.Read("Ris/zotero-style.ris"));

        Assert.Equal(RisFormat.FormatId, candidates[0].FormatId);
        Assert.True(candidates[0].Match.Confidence >= 0.8, candidates[0].Match.Reason);
    }
}
