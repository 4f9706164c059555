using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Pipeline;

/// <summary>Every seed is detected as its own format, with a clear margin over every other built-in format.</summary>
public sealed class FormatDetectionTests(ITestOutputHelper output)
{
    private const double Margin = 0.4;

    public static TheoryData<string, string> Seeds => new()
    {
        { "Seeds/000_5beb213020b92186.txt", "acl-anthology/author" },
        { "Seeds/001_87569abedee599f0.txt", "researcher-profile" },
        { "Seeds/002_dbfa5769a9e7e24b.txt", "multilingual-paper" },
        { "Seeds/003_c96f94fe17ff7e02.txt", "researcher-profile" },
        { "Seeds/004_9cc558a792950015.txt", "paper-summary" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Detect_Seed_IsItsOwnFormatWithAClearMargin(string seed, string expected)
    {
        var candidates = PaperParser.Detect(Fixture.Read(seed));
        foreach (var candidate in candidates)
        {
            output.WriteLine($"{candidate.FormatId,-24} {candidate.Match.Confidence:0.00}  {candidate.Match.Reason}");
        }

        Assert.Equal(expected, candidates[0].FormatId);
        Assert.True(candidates[0].Match.Confidence >= 0.8, $"confidence {candidates[0].Match.Confidence}");
        Assert.All(candidates.Skip(1), c => Assert.True(candidates[0].Match.Confidence - c.Match.Confidence >= Margin,
            $"{c.FormatId} scored {c.Match.Confidence:0.00} against {expected}'s {candidates[0].Match.Confidence:0.00}"));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_SeedCutToItsFirstKilobyte_IsStillDetected(string seed, string expected)
    {
        var text = Fixture.Read(seed);

        var document = PaperParser.Parse(text[..Math.Min(1024, text.Length)], Fixture.FixedOptions);

        Assert.Equal(expected, document.FormatId);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_SeedForcedIntoEveryOtherFormat_GivesDiagnosticsNotExceptions(string seed, string expected)
    {
        var text = Fixture.Read(seed);
        foreach (var format in PaperParser.DefaultPipeline.Formats.Where(f => f.Id != expected))
        {
            var document = PaperParser.Parse(text, format.Id, Fixture.FixedOptions);

            Assert.Equal(format.Id, document.FormatId);
            Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatMismatch);
        }
    }

    [Theory]
    [InlineData("Stocks rose on Tuesday as investors weighed new data on inflation. The central bank said it would keep rates unchanged through the summer, citing a cooling labour market.\n\nAnalysts expect a cut in September.")]
    [InlineData("{\n  \"title\": \"IM-BERT\",\n  \"authors\": [\"Mihyeon Kim\", \"Juhyoung Park\"],\n  \"year\": 2024\n}")]
    [InlineData("name,affiliation,h_index\nMihyeon Kim,Chung-Ang University,5\nKyungwoo Song,Yonsei University,13\n")]
    public void Detect_OtherKindsOfText_AreNoFormat(string text)
    {
        var candidates = PaperParser.Detect(text);

        Assert.All(candidates, c => Assert.True(c.Match.Confidence < 0.3, $"{c.FormatId} scored {c.Match.Confidence:0.00}: {c.Match.Reason}"));
        Assert.Equal(DiagnosticCodes.NoFormatRecognised, Assert.Single(PaperParser.Parse(text).Diagnostics).Code);
    }
}
