using Scholarly.Parsing.Formats.Ris;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.Ris;

public sealed class RisFormatDetectTests
{
    private static readonly RisFormat s_format = new();

    [Theory]
    [InlineData("Seeds/000_5beb213020b92186.txt")]
    [InlineData("Seeds/001_87569abedee599f0.txt")]
    [InlineData("Seeds/002_dbfa5769a9e7e24b.txt")]
    [InlineData("Seeds/003_c96f94fe17ff7e02.txt")]
    [InlineData("Seeds/004_9cc558a792950015.txt")]
    [InlineData("Bibtex/acl-im-bert.bib")]
    public void Detect_OtherFormats_AreNotRis(string file)
    {
        var match = s_format.Detect(SourceText.From(Fixture.Read(file)));

        Assert.True(match.Confidence < 0.3, $"{match.Confidence}: {match.Reason}");
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
