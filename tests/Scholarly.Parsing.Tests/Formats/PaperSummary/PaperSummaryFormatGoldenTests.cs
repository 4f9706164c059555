using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.PaperSummary;

public sealed class PaperSummaryFormatGoldenTests
{
    [Theory]
    [InlineData("Seeds/004_9cc558a792950015.txt", "Golden/004_9cc558a792950015.json")]
    [InlineData("PaperSummary/reviews-and-videos.txt", "Golden/PaperSummary/reviews-and-videos.json")]
    public void Parse_Page_MatchesGoldenJson(string page, string golden)
    {
        var document = PaperParser.Parse(Fixture.Read(page), Fixture.FixedOptions);
        Golden.Verify(document, golden);
    }
}
