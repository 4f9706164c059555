using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.AclAnthology;

public sealed class AclAnthologyAuthorFormatGoldenTests
{
    [Theory]
    [InlineData("Seeds/000_5beb213020b92186.txt", "Golden/000_5beb213020b92186.json")]
    public void Parse_Page_MatchesGoldenJson(string page, string golden)
    {
        var document = PaperParser.Parse(Fixture.Read(page), Fixture.FixedOptions);
        Golden.Verify(document, golden);
    }
}
