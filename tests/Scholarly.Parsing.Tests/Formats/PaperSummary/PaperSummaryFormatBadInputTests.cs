using System.Text;
using Scholarly.Parsing.Formats.PaperSummary;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.PaperSummary;

public sealed class PaperSummaryFormatBadInputTests
{
    private const string Header = "Calibrated Retrieval\nAiko Tanaka, Rahul Mehta\n";

    private static ParsedDocument Parse(string text, ParseOptions? options = null) =>
        PaperParser.Parse(text, PaperSummaryFormat.FormatId, options ?? Fixture.FixedOptions);

    private static void AssertPositioned(ParsedDocument document)
    {
        Assert.All(document.Diagnostics.Where(d => d.Code is not (DiagnosticCodes.FormatMismatch or DiagnosticCodes.InputTooLarge)), d =>
        {
            Assert.True(d.Line >= 1, $"no line: {d}");
            Assert.True(d.Column >= 1, $"no column: {d}");
        });
    }

    [Fact]
    public void Parse_LabelWithNothingAfterIt_ReportsEmptySectionAndKeepsTheRest()
    {
        var document = Parse(Header + "TL;DR\nContribution\nA new objective.\nFindings\nIt works.");

        var empty = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.EmptySection);
        Assert.Equal(DiagnosticSeverity.Warning, empty.Severity);
        Assert.Equal(3, empty.Line);
        Assert.Contains("TL;DR", empty.Message, StringComparison.Ordinal);
        var summary = document.Papers[0].Summary;
        Assert.Null(summary?.TlDr);
        Assert.Equal("A new objective.", summary?.Contribution);
        Assert.Equal(["It works."], summary?.Findings);
        AssertPositioned(document);
    }

    [Fact]
    public void Parse_EmptyTopicsAndMethods_ReportEmptySections()
    {
        var document = Parse(Header + "TL;DR\nShort.\nTaxonomy\nTopics\nMethods:");

        Assert.Equal([6, 7], document.Diagnostics.Where(d => d.Code == DiagnosticCodes.EmptySection).Select(d => d.Line));
        Assert.Empty(document.Papers[0].Topics);
        Assert.Empty(document.Papers[0].Methods);
    }

    [Fact]
    public void Parse_TopicsListOnTheLineBelowItsLabel_IsRead()
    {
        var paper = Parse(Header + "TL;DR\nShort.\nTaxonomy\nTopics\nQuestion Answering · Retrieval\nMethods: BM25 · Dropout").Papers[0];

        Assert.Equal(["Question Answering", "Retrieval"], paper.Topics);
        Assert.Equal(["BM25", "Dropout"], paper.Methods);
    }

    [Fact]
    public void Parse_DuplicatedTextSection_ReportsItAndAppendsOtherText()
    {
        var document = Parse(Header + "TL;DR\nFirst summary.\nTL;DR\nSecond summary.\nTL;DR\nFirst summary.");

        var duplicates = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateSection).ToList();
        Assert.Equal([5, 7], duplicates.Select(d => d.Line));
        Assert.All(duplicates, d => Assert.Contains("first on line 3", d.Message, StringComparison.Ordinal));
        Assert.Equal("First summary.\nSecond summary.", document.Papers[0].Summary?.TlDr);
    }

    [Fact]
    public void Parse_DuplicatedListSection_ReportsItAndMergesTheEntries()
    {
        var document = Parse(Header + "Findings\nA.\nB.\nTaxonomy\nMethodsBM25 · Dropout\nFindings\nB.\nC.\nMethodsDropout · Softmax");

        Assert.Equal([8, 11], document.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateSection).Select(d => d.Line));
        Assert.Equal(["A.", "B.", "C."], document.Papers[0].Summary?.Findings);
        Assert.Equal(["BM25", "Dropout", "Softmax"], document.Papers[0].Methods);
    }

    [Fact]
    public void Parse_DuplicatedAbstract_ReportsItAndKeepsBothTexts()
    {
        var document = Parse(Header + "Abstract\nThe first part, cut off…\nAbstract\nAnother text.");

        Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSection && d.Line == 5);
        var paperAbstract = document.Papers[0].Abstract;
        Assert.Equal("The first part, cut off\nAnother text.", paperAbstract?.Text);
        Assert.True(paperAbstract?.IsTruncated);
    }

    [Fact]
    public void Parse_HeaderWithoutAuthors_ReportsMissingField()
    {
        var document = Parse("Calibrated Retrieval\nTL;DR\nShort.");

        Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingField && d.Line == 1);
        Assert.Equal("Calibrated Retrieval", document.Papers[0].Title);
        Assert.Empty(document.Papers[0].Authors);
    }

    [Fact]
    public void Parse_MoreMethodsThanMaxEntries_KeepsTheFirstAndReportsOnce()
    {
        var options = Fixture.FixedOptions with { MaxEntries = 2 };
        var document = Parse(Header + "Taxonomy\nMethodsA1 · B2 · C3 · D4", options);

        Assert.Equal(["A1", "B2"], document.Papers[0].Methods);
        Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.TooManyEntries && d.Line == 4);
    }

    [Fact]
    public void Parse_LargeGeneratedFindings_AreReadWithoutThrowing()
    {
        // About 5 MB: 60,000 findings and a methods line of 50,000 entries with spam sprinkled in.
        var builder = new StringBuilder(Header).Append("Findings\n");
        for (var i = 0; builder.Length < 4_000_000; i++)
        {
            builder.Append("Finding number ").Append(i).Append(" improves accuracy on a benchmark by a small margin.\n");
        }

        builder.Append("Taxonomy\nMethods");
        for (var i = 0; builder.Length < 5_200_000; i++)
        {
            builder.Append(i % 1000 == 999 ? "Refunds@Airline|||call now" : "Method " + i).Append(" · ");
        }

        var document = Parse(builder.ToString());

        var paper = Assert.Single(document.Papers);
        Assert.True(paper.Summary?.Findings.Count > 50_000);
        Assert.True(paper.Methods.Count > 40_000);
        Assert.DoesNotContain(paper.Methods, m => m.Contains('@', StringComparison.Ordinal));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.DroppedItem && d.Column > 1_000);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        AssertPositioned(document);
    }

    [Fact]
    public void Parse_LargeGeneratedInputOverMaxEntries_StopsAtTheLimit()
    {
        var builder = new StringBuilder(Header).Append("Findings\n");
        while (builder.Length < 5_000_000)
        {
            builder.Append("A finding that repeats with a counter ").Append(builder.Length).Append('\n');
        }

        var document = Parse(builder.ToString(), Fixture.FixedOptions with { MaxEntries = 1_000 });

        Assert.Equal(1_000, document.Papers[0].Summary?.Findings.Count);
        var tooMany = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.TooManyEntries);
        Assert.Equal(1_004, tooMany.Line);
    }

    [Fact]
    public void Parse_ForcedOnAclAuthorPage_GivesDiagnosticsNotAnException()
    {
        var document = Parse(Fixture.Read("Seeds/000_5beb213020b92186.txt"));

        Assert.Equal(PaperSummaryFormat.FormatId, document.FormatId);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatMismatch);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingField && d.Message.Contains("none of the labelled sections", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
        Assert.True(document.Diagnostics.Count(d => d.Code == DiagnosticCodes.UnrecognisedLine) <= 21);
        AssertPositioned(document);
    }

    [Theory]
    [InlineData("TL;DR")]
    [InlineData("Topics")]
    [InlineData("Taxonomy\nMethods\u00B7\u00B7\u00B7")]
    [InlineData("Abstract\n\u2026")]
    [InlineData("Peer Reviews\n\n\nVideos\nhttps://")]
    [InlineData("id,title\n1,A\n2,B")]
    public void Parse_DegenerateInput_DoesNotThrow(string text)
    {
        var document = Parse(text);

        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
        AssertPositioned(document);
    }
}
