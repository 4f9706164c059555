using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.MultilingualPaper;

public sealed class MultilingualPaperFormatGoldenTests
{
    [Theory]
    [InlineData("Seeds/002_dbfa5769a9e7e24b.txt", "Golden/002_dbfa5769a9e7e24b.json")]
    [InlineData("MultilingualPaper/english-only.txt", "Golden/MultilingualPaper/english-only.json")]
    public void Parse_Page_MatchesGoldenJson(string page, string golden)
    {
        var document = PaperParser.Parse(Fixture.Read(page), Fixture.FixedOptions);
        Golden.Verify(document, golden);
    }
}
