using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.Ris;

public sealed class RisFormatGoldenTests
{
    [Fact]
    public void Parse_ExportFile_MatchesGoldenJson()
    {
        var document = PaperParser.Parse(Fixture.Read("Ris/zotero-style.ris"), Fixture.FixedOptions);
        Golden.Verify(document, "Golden/Ris/zotero-style.json");
    }
}
