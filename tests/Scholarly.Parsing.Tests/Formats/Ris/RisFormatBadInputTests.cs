using System.Text;
using Scholarly.Parsing.Formats.Ris;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.Ris;

public sealed class RisFormatBadInputTests
{
    private static ParsedDocument Parse(string text) => PaperParser.Parse(text, RisFormat.FormatId, Fixture.FixedOptions);

    [Theory]
    [InlineData("TY  -")]
    [InlineData("ER  -")]
    [InlineData("AU  - Kim")]
    [InlineData("TY  - JOUR\nAU  - ,,,\nAU  - ,\nPY  - //\nSP  - \nEP  - 5\nUR  - ;;\n")]
    [InlineData("TY  - JOUR\nPY  - 2023/02/31/\nDA  - 99999\n")]
    [InlineData("   continuation before any tag\nTY  - JOUR")]
    [InlineData("PT J\nER\nER\n")]
    public void Parse_Fragment_NeverThrows(string text)
    {
        var document = Parse(text);

        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
        Assert.All(document.Diagnostics.Where(d => d.Code != DiagnosticCodes.FormatMismatch), d => Assert.True(d.Line >= 1, d.ToString()));
    }

    [Fact]
    public void Parse_TagBeforeType_StartsARecordWithAWarning()
    {
        var document = Parse("AU  - Kim, A\nTI  - T\nER  - \n");

        Assert.Equal("T", Assert.Single(document.Papers).Title);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingField && d.Line == 1);
    }

    [Fact]
    public void Parse_ManyRecordsWithoutEnd_KeepsEveryRecord()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("TY  - JOUR\nTI  - Record ").Append(i).Append('\n');
        }

        var document = Parse(text.ToString());

        Assert.Equal(20_000, document.Papers.Count);
        Assert.Equal(20_000, document.Diagnostics.Count(d => d.Code == DiagnosticCodes.TruncatedEntry));
    }

    [Fact]
    public void Parse_BinaryData_GivesDiagnosticsNotExceptions()
    {
        var bytes = new byte[32 * 1024];
        new Random(3).NextBytes(bytes);

        var document = Parse("TY  - JOUR\nTI  - " + Encoding.Latin1.GetString(bytes) + "\nER  - \nTY  - JOUR\nTI  - After\nER  - \n");

        Assert.Contains(document.Papers, p => p.Title == "After");
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.BinaryInput);
    }
}
