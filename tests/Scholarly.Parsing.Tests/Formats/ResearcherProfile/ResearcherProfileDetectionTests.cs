using Scholarly.Parsing.Formats.ResearcherProfile;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.ResearcherProfile;

public sealed class ResearcherProfileDetectionTests
{
    private static readonly ResearcherProfileFormat s_format = new();

    [Theory]
    [InlineData("Seeds/001_87569abedee599f0.txt")]
    [InlineData("Seeds/003_c96f94fe17ff7e02.txt")]
    [InlineData("ResearcherProfile/profile_ada_example.txt")]
    public void Detect_ProfilePage_IsConfident(string fixture)
    {
        var match = s_format.Detect(SourceText.From(Fixture.Read(fixture)));

        Assert.True(match.Confidence >= 0.8, $"{match.Confidence}: {match.Reason}");
        Assert.Contains("entry header", match.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Seeds/001_87569abedee599f0.txt")]
    [InlineData("Seeds/003_c96f94fe17ff7e02.txt")]
    public void Detect_ProfileCutToFirstKilobyte_IsStillLikely(string fixture)
    {
        var match = s_format.Detect(SourceText.From(Fixture.Read(fixture)[..1024]));

        Assert.True(match.Confidence >= 0.5, $"{match.Confidence}: {match.Reason}");
    }

    [Theory]
    [InlineData("Seeds/000_5beb213020b92186.txt")]
    [InlineData("Seeds/002_dbfa5769a9e7e24b.txt")]
    [InlineData("Seeds/004_9cc558a792950015.txt")]
    public void Detect_OtherSeed_IsUnlikely(string fixture)
    {
        var match = s_format.Detect(SourceText.From(Fixture.Read(fixture)));

        Assert.True(match.Confidence < 0.3, $"{match.Confidence}: {match.Reason}");
    }

    [Theory]
    [InlineData("The committee met on Tuesday to discuss the budget.\nMembers raised concerns about 46 papers submitted late.\nIt was agreed to revisit the matter in May 21 meetings.")]
    [InlineData("{\n  \"name\": \"Kyungwoo Song\",\n  \"hIndex\": 13,\n  \"papers\": 46,\n  \"area\": \"LG\"\n}")]
    [InlineData("name,area,h-index,papers,citations\nKyungwoo Song,LG,13,46,794\nHoyong Kim,LG,,3,4\n")]
    [InlineData("")]
    public void Detect_OtherText_IsUnlikely(string text)
    {
        var match = s_format.Detect(SourceText.From(text));

        Assert.True(match.Confidence < 0.3, $"{match.Confidence}: {match.Reason}");
        Assert.NotEmpty(match.Reason);
    }

    [Fact]
    public void Detect_LooksOnlyAtTheDetectionWindow()
    {
        var text = new string('x', SourceText.DetectionWindowLength) + "\nLGSep 26, 2023\nh-index13\n46 Papers\n";

        Assert.Equal(0, s_format.Detect(SourceText.From(text)).Confidence);
    }
}
