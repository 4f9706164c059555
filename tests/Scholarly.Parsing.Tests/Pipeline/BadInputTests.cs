using System.Text;
using Scholarly.Parsing.Formats.AclAnthology;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Pipeline;

public sealed class BadInputTests
{
    private static readonly string Seed000 = Fixture.Read("Seeds/000_5beb213020b92186.txt");

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  ")]
    [InlineData("\u00A0\u200B\r\n")]
    public void Parse_EmptyOrWhitespace_ReportsEmptyInput(string text)
    {
        var document = PaperParser.Parse(text);

        Assert.Null(document.FormatId);
        Assert.Empty(document.Papers);
        Assert.Equal(DiagnosticCodes.EmptyInput, Assert.Single(document.Diagnostics).Code);
        Assert.True(document.HasErrors);
    }

    [Fact]
    public void Parse_EmptyWithForcedFormat_ReportsEmptyInput()
    {
        var document = PaperParser.Parse("", AclAnthologyAuthorFormat.FormatId);

        Assert.Equal(DiagnosticCodes.EmptyInput, Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void Parse_BinaryBytes_ReportsBinaryInputAndNoFormat()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        using var stream = new MemoryStream(bytes);

        var document = PaperParser.Parse(stream);

        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.BinaryInput && d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.NoFormatRecognised);
        Assert.Empty(document.Papers);
    }

    [Fact]
    public void Parse_NulCharactersInsideAPage_StillReadsWhatItCan()
    {
        var document = PaperParser.Parse(Seed000.Replace("2024\n", "2024\n\0\0\n", StringComparison.Ordinal), AclAnthologyAuthorFormat.FormatId);

        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.BinaryInput);
        Assert.Equal(3, document.Papers.Count);
    }

    [Fact]
    public void Parse_TwentyMegabytePage_ReadsEveryEntry()
    {
        var page = BuildLargeAclPage(targetBytes: 20 * 1024 * 1024, out var entries);

        var document = PaperParser.Parse(page);

        Assert.Equal(AclAnthologyAuthorFormat.FormatId, document.FormatId);
        Assert.Equal(entries, document.Papers.Count);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Parse_PageOverTheSizeLimit_KeepsTheBeginningAndSaysSo()
    {
        var page = BuildLargeAclPage(targetBytes: 200_000, out var entries);

        var document = PaperParser.Parse(page, new ParseOptions { MaxInputLength = 100_000 });

        var tooLarge = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.InputTooLarge);
        Assert.Equal(DiagnosticSeverity.Warning, tooLarge.Severity);
        Assert.InRange(document.Papers.Count, entries / 3, entries * 2 / 3);
        Assert.Equal("Mihyeon Kim", document.Subject!.Name.Written);
    }

    [Fact]
    public void Parse_MoreEntriesThanTheLimit_StopsWithADiagnostic()
    {
        var page = BuildLargeAclPage(targetBytes: 50_000, out _);

        var document = PaperParser.Parse(page, new ParseOptions { MaxEntries = 10 });

        Assert.Equal(10, document.Papers.Count);
        Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.TooManyEntries);
    }

    [Fact]
    public void Parse_OtherFormatForcedIntoAcl_GivesDiagnosticsNotAnException()
    {
        var profile = Fixture.Read("Seeds/001_87569abedee599f0.txt");

        var document = PaperParser.Parse(profile, AclAnthologyAuthorFormat.FormatId);

        Assert.Equal(AclAnthologyAuthorFormat.FormatId, document.FormatId);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatMismatch);
        Assert.Empty(document.Papers);
    }

    [Theory]
    [InlineData("The city council voted on Tuesday to extend the library's opening hours.\nResidents welcomed the decision.")]
    [InlineData("{\"name\": \"Mihyeon Kim\", \"papers\": [1, 2, 3]}")]
    [InlineData("title,year,venue\nIM-BERT,2024,EMNLP\nSee-Saw,2025,NAACL\n")]
    public void Parse_TextOfNoKnownFormat_ReportsNoFormatRecognised(string text)
    {
        var document = PaperParser.Parse(text);

        Assert.Null(document.FormatId);
        Assert.Equal(DiagnosticCodes.NoFormatRecognised, Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void Parse_HostileControlAndSurrogateSoup_DoesNotThrow()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(0, 2000)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = (char)random.Next(0, 0xFFFF);
            }

            var text = new string(chars);
            var auto = PaperParser.Parse(text);
            var forced = PaperParser.Parse(text, AclAnthologyAuthorFormat.FormatId);
            Assert.NotNull(auto);
            Assert.NotNull(forced);
        }
    }

    [Fact]
    public void Parse_SeedTruncatedAtEveryLine_NeverThrowsAndKeepsCompleteEntries()
    {
        var lines = Seed000.Split('\n');
        for (var n = 1; n <= lines.Length; n++)
        {
            var document = PaperParser.Parse(string.Join('\n', lines.Take(n)), AclAnthologyAuthorFormat.FormatId);
            Assert.NotNull(document);
            Assert.All(document.Papers, p => Assert.False(string.IsNullOrEmpty(p.Title)));
        }
    }

    internal static string BuildLargeAclPage(int targetBytes, out int entries)
    {
        var builder = new StringBuilder("Mihyeon Kim\n\nAlso published as: MiHyeon Kim\n\n");
        var year = 2025;
        entries = 0;
        while (builder.Length < targetBytes)
        {
            if (entries % 50 == 0)
            {
                builder.Append('\n').Append(year--).Append("\n\n");
                if (year < 1960)
                {
                    year = 2025;
                }
            }

            builder.Append("pdf bib\n")
                .Append("Paper number ").Append(entries).Append(": Efficient Attention via Pruned Token Compression\n")
                .Append("Jungmin Yun | Mihyeon Kim | Youngbin Kim\n")
                .Append("Findings of the Association for Computational Linguistics: EMNLP 2023\n\n")
                .Append("Transformer-based models have achieved dominant performance in numerous NLP tasks. We propose integrating token pruning and token combining.\n\n");
            entries++;
        }

        return builder.ToString();
    }
}
