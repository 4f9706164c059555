using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.ResearcherProfile;

public sealed class ResearcherProfileFormatGoldenTests
{
    [Theory]
    [InlineData("Seeds/001_87569abedee599f0.txt", "Golden/001_87569abedee599f0.json")]
    [InlineData("Seeds/003_c96f94fe17ff7e02.txt", "Golden/003_c96f94fe17ff7e02.json")]
    [InlineData("ResearcherProfile/profile_ada_example.txt", "Golden/ResearcherProfile/profile_ada_example.json")]
    public void Parse_Page_MatchesGoldenJson(string page, string golden)
    {
        var document = PaperParser.Parse(Fixture.Read(page), Fixture.FixedOptions);
        Golden.Verify(document, golden);
    }
}
