using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.Bibtex;

public sealed class BibtexFormatGoldenTests
{
    [Theory]
    [InlineData("Bibtex/acl-im-bert.bib", "Golden/Bibtex/acl-im-bert.json")]
    [InlineData("Bibtex/edge-cases.bib", "Golden/Bibtex/edge-cases.json")]
    public void Parse_File_MatchesGoldenJson(string file, string golden)
    {
        var document = PaperParser.Parse(Fixture.Read(file), Fixture.FixedOptions);
        Golden.Verify(document, golden);
    }
}
