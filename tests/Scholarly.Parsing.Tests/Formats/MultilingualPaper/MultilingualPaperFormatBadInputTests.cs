using System.Text;
using Scholarly.Parsing.Formats.MultilingualPaper;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.MultilingualPaper;

public sealed class MultilingualPaperFormatBadInputTests
{
    private const string German = "Diese Studie zeigt, dass die Gewichtung der Gradienten die Verzerrung mildert und die Leistung verbessert.";
    private const string English = "This study shows that reweighting the gradients mitigates the bias and improves the performance.";

    private static ParsedDocument Parse(string text, ParseOptions? options = null) =>
        PaperParser.Parse(text, MultilingualPaperFormat.FormatId, options ?? Fixture.FixedOptions);

    private static void AssertPositioned(ParsedDocument document)
    {
        Assert.All(document.Diagnostics.Where(d => d.Code != DiagnosticCodes.FormatMismatch), d =>
        {
            Assert.True(d.Line >= 1, $"no line: {d}");
            Assert.True(d.Column >= 1, $"no column: {d}");
        });
    }

    [Fact]
    public void Parse_AuthorLabelWithNothingAfterIt_ReportsEmptySectionAndKeepsTheRest()
    {
        var document = Parse($"Gradienten neu gewichten\nReweighting the Gradients\nMarch 18, 2025\nAutoren:\ncs.AI\nZusammenfassung\n{German}\nEnglish\n{English}");

        var empty = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.EmptySection);
        Assert.Equal(DiagnosticSeverity.Warning, empty.Severity);
        Assert.Equal(4, empty.Line);
        Assert.Contains("Autoren", empty.Message, StringComparison.Ordinal);
        var paper = document.Papers[0];
        Assert.Empty(paper.Authors);
        Assert.Equal(["cs.AI"], paper.Categories);
        Assert.Equal(English, paper.Abstract?.Text);
        Assert.Equal(German, paper.Translations[0].Abstract?.Text);
        AssertPositioned(document);
    }

    [Fact]
    public void Parse_AuthorLabelOnItsOwnLine_ReadsTheNamesFromTheNextLine()
    {
        var paper = Parse($"Reweighting the Gradients\nAuthors\nAna Lima and Ben Okafor\nAbstract\n{English}").Papers[0];

        Assert.Equal(["Ana Lima", "Ben Okafor"], paper.Authors.Select(a => a.Written));
    }

    [Fact]
    public void Parse_EmptyAbstractSection_ReportsEmptySectionAndKeepsTheOtherAbstract()
    {
        var document = Parse($"Reweighting the Gradients\nAuthors: Ana Lima\nZusammenfassung\nEnglish\n{English}");

        var empty = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.EmptySection);
        Assert.Equal(3, empty.Line);
        Assert.Equal(1, empty.Column);
        Assert.Equal(English, document.Papers[0].Abstract?.Text);
        Assert.Empty(document.Papers[0].Translations);
    }

    [Fact]
    public void Parse_DuplicatedSectionWithOtherText_ReportsItAndAppendsTheText()
    {
        const string More = "A second paragraph that the page repeats under another heading of the same language.";
        var document = Parse($"Reweighting the Gradients\nAuthors: Ana Lima\nEnglish\n{English}\nEnglish\n{More}");

        var duplicate = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSection);
        Assert.Equal(DiagnosticSeverity.Warning, duplicate.Severity);
        Assert.Equal(5, duplicate.Line);
        Assert.Equal(English + "\n" + More, document.Papers[0].Abstract?.Text);
    }

    [Fact]
    public void Parse_DuplicatedSectionWithTheSameText_ReportsItAndKeepsOneCopy()
    {
        var document = Parse($"Reweighting the Gradients\nAuthors: Ana Lima\nAbstract\n{English}\nAbstract\n{English}");

        Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSection && d.Line == 5);
        Assert.Equal(English, document.Papers[0].Abstract?.Text);
    }

    [Fact]
    public void Parse_DuplicatedAuthorLine_ReportsItAndAddsOnlyNewNames()
    {
        var document = Parse($"Reweighting the Gradients\nAuthors: Ana Lima, Ben Okafor\nAuthors: Ben Okafor, Chen Wei\nAbstract\n{English}");

        Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSection && d.Line == 3);
        Assert.Equal(["Ana Lima", "Ben Okafor", "Chen Wei"], document.Papers[0].Authors.Select(a => a.Written));
    }

    [Theory]
    [InlineData("March 32, 2025")]
    [InlineData("Marhc 18, 2025")]
    [InlineData("2025-13-01")]
    [InlineData("Februar 30, 2024")]
    public void Parse_MalformedDate_ReportsMalformedDateWithItsLine(string date)
    {
        var document = Parse($"Reweighting the Gradients\n{date}\nAuthors: Ana Lima\nAbstract\n{English}");

        var malformed = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.MalformedDate);
        Assert.Equal(DiagnosticSeverity.Warning, malformed.Severity);
        Assert.Equal(2, malformed.Line);
        Assert.Contains(date, malformed.Message, StringComparison.Ordinal);
        var paper = document.Papers[0];
        Assert.Null(paper.Date);
        Assert.Equal("Reweighting the Gradients", paper.Title);
        Assert.Equal(English, paper.Abstract?.Text);
    }

    [Fact]
    public void Parse_MoreAuthorsThanMaxEntries_KeepsTheFirstAndReportsTheRest()
    {
        var options = Fixture.FixedOptions with { MaxEntries = 2 };
        var document = Parse($"Reweighting the Gradients\nAuthors: Ana Lima, Ben Okafor, Chen Wei\nAbstract\n{English}", options);

        Assert.Equal(2, document.Papers[0].Authors.Count);
        var tooMany = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.TooManyEntries);
        Assert.Equal(2, tooMany.Line);
    }

    [Fact]
    public void Parse_LargeGeneratedAbstract_ReadsItWithoutThrowing()
    {
        var seed = Fixture.Read("Seeds/002_dbfa5769a9e7e24b.txt").Split('\n');
        var builder = new StringBuilder();
        foreach (var line in seed[..8])
        {
            builder.Append(line).Append('\n');
        }

        // About 5 MB of hard-wrapped English text under the "English" heading.
        while (builder.Length < 5_000_000)
        {
            foreach (var line in seed[8..20])
            {
                builder.Append(line).Append('\n');
            }
        }

        builder.Append("The end.Summary\nAI-Generated Summary");
        var document = Parse(builder.ToString());

        var paper = Assert.Single(document.Papers);
        Assert.Equal("en", paper.Language);
        Assert.True(paper.Abstract?.Text.Length > 4_500_000);
        Assert.EndsWith("The end.", paper.Abstract?.Text, StringComparison.Ordinal);
        Assert.Equal("de", Assert.Single(paper.Translations).Language);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        AssertPositioned(document);
    }

    [Fact]
    public void Parse_LargeInputOfRepeatedPages_ReportsDuplicatesWithLinesAndKeepsTheFirst()
    {
        var page = Fixture.Read("Seeds/002_dbfa5769a9e7e24b.txt");
        var builder = new StringBuilder();
        while (builder.Length < 5_000_000)
        {
            builder.Append(page).Append('\n');
        }

        var document = Parse(builder.ToString());

        var paper = Assert.Single(document.Papers);
        Assert.StartsWith("See-Saw Modality Balance", paper.Title, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', paper.Abstract?.Text ?? "\n");
        Assert.Equal(5, paper.Authors.Count);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSection && d.Line == 26);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSection && d.Line > 1_000);
        AssertPositioned(document);
    }

    [Fact]
    public void Parse_ForcedOnAclAuthorPage_GivesDiagnosticsNotAnException()
    {
        var document = Parse(Fixture.Read("Seeds/000_5beb213020b92186.txt"));

        Assert.Equal(MultilingualPaperFormat.FormatId, document.FormatId);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatMismatch);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingAbstract);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
        AssertPositioned(document);
    }

    [Theory]
    [InlineData("{\"title\": \"A\", \"authors\": [\"B\"]}")]
    [InlineData("Authors:")]
    [InlineData("English")]
    [InlineData("x.Summary")]
    [InlineData("Abstract\n\n\n")]
    public void Parse_DegenerateInput_DoesNotThrow(string text)
    {
        var document = Parse(text);

        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
        AssertPositioned(document);
    }
}
