using Scholarly.Parsing.Formats.MultilingualPaper;
using Scholarly.Parsing.Formats.PaperSummary;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.MultilingualPaper;

public sealed class MultilingualPaperFormatDetectTests
{
    private static readonly MultilingualPaperFormat s_format = new();

    private static double Detect(string text) => s_format.Detect(SourceText.From(text)).Confidence;

    [Fact]
    public void Detect_OwnSeed_IsConfident()
    {
        var match = s_format.Detect(SourceText.From(Fixture.Read("Seeds/002_dbfa5769a9e7e24b.txt")));

        Assert.True(match.Confidence >= 0.8, match.Reason);
        Assert.Contains("titles in de and en", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_OwnSeedCutToOneKilobyte_IsStillLikely()
    {
        var text = Fixture.Read("Seeds/002_dbfa5769a9e7e24b.txt")[..1024];

        Assert.True(Detect(text) >= 0.5);
    }

    [Fact]
    public void Detect_EnglishOnlyPage_IsLikely() =>
        Assert.True(Detect(Fixture.Read("MultilingualPaper/english-only.txt")) >= 0.5);

    [Theory]
    [InlineData("Seeds/000_5beb213020b92186.txt")]
    [InlineData("Seeds/001_87569abedee599f0.txt")]
    [InlineData("Seeds/003_c96f94fe17ff7e02.txt")]
    [InlineData("Seeds/004_9cc558a792950015.txt")]
    [InlineData("PaperSummary/reviews-and-videos.txt")]
    public void Detect_OtherSeeds_AreUnlikely(string page) => Assert.True(Detect(Fixture.Read(page)) < 0.3);

    [Theory]
    [InlineData(DetectionSamples.NewsProse)]
    [InlineData(DetectionSamples.Json)]
    [InlineData(DetectionSamples.Csv)]
    [InlineData("")]
    public void Detect_OtherKindsOfText_AreUnlikely(string text) => Assert.True(Detect(text) < 0.3);

    [Fact]
    public void Detect_OwnSeed_IsUnlikelyForTheSummaryFormat()
    {
        var text = SourceText.From(Fixture.Read("Seeds/002_dbfa5769a9e7e24b.txt"));

        Assert.True(new PaperSummaryFormat().Detect(text).Confidence < 0.3);
    }
}
