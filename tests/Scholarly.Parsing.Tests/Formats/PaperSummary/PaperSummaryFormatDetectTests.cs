using Scholarly.Parsing.Formats.MultilingualPaper;
using Scholarly.Parsing.Formats.PaperSummary;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.PaperSummary;

public sealed class PaperSummaryFormatDetectTests
{
    private static readonly PaperSummaryFormat s_format = new();

    private static double Detect(string text) => s_format.Detect(SourceText.From(text)).Confidence;

    [Fact]
    public void Detect_OwnSeed_IsConfident()
    {
        var match = s_format.Detect(SourceText.From(Fixture.Read("Seeds/004_9cc558a792950015.txt")));

        Assert.True(match.Confidence >= 0.8, match.Reason);
        Assert.Contains("TL;DR", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_OwnSeedCutToOneKilobyte_IsStillLikely()
    {
        var text = Fixture.Read("Seeds/004_9cc558a792950015.txt")[..1024];

        Assert.True(Detect(text) >= 0.5);
    }

    [Fact]
    public void Detect_OwnPage_IsConfident() =>
        Assert.True(Detect(Fixture.Read("PaperSummary/reviews-and-videos.txt")) >= 0.8);

    [Theory]
    [InlineData("Seeds/000_5beb213020b92186.txt")]
    [InlineData("Seeds/001_87569abedee599f0.txt")]
    [InlineData("Seeds/002_dbfa5769a9e7e24b.txt")]
    [InlineData("Seeds/003_c96f94fe17ff7e02.txt")]
    [InlineData("MultilingualPaper/english-only.txt")]
    public void Detect_OtherSeeds_AreUnlikely(string page) => Assert.True(Detect(Fixture.Read(page)) < 0.3);

    [Theory]
    [InlineData(DetectionSamples.NewsProse)]
    [InlineData(DetectionSamples.Json)]
    [InlineData(DetectionSamples.Csv)]
    [InlineData("")]
    public void Detect_OtherKindsOfText_AreUnlikely(string text) => Assert.True(Detect(text) < 0.3);

    [Fact]
    public void Detect_OwnSeed_IsUnlikelyForTheMultilingualFormat()
    {
        var text = SourceText.From(Fixture.Read("Seeds/004_9cc558a792950015.txt"));

        Assert.True(new MultilingualPaperFormat().Detect(text).Confidence < 0.3);
    }

    [Fact]
    public void Detect_Seeds_EachPicksItsOwnFormatInTheDefaultPipeline()
    {
        Assert.Equal(PaperSummaryFormat.FormatId, PaperParser.Detect(Fixture.Read("Seeds/004_9cc558a792950015.txt"))[0].FormatId);
        Assert.Equal(MultilingualPaperFormat.FormatId, PaperParser.Detect(Fixture.Read("Seeds/002_dbfa5769a9e7e24b.txt"))[0].FormatId);
        Assert.NotEqual(PaperSummaryFormat.FormatId, PaperParser.Detect(Fixture.Read("Seeds/000_5beb213020b92186.txt"))[0].FormatId);
    }
}
