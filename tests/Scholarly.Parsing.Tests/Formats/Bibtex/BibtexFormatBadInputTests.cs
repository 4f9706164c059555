using System.Text;
using Scholarly.Parsing.Formats.Bibtex;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.Bibtex;

/// <summary>Hostile and broken input: no exception, every readable entry kept, diagnostics with lines.</summary>
public sealed class BibtexFormatBadInputTests
{
    private static ParsedDocument Parse(string text, ParseOptions? options = null) =>
        PaperParser.Parse(text, BibtexFormat.FormatId, options ?? Fixture.FixedOptions);

    private static void AssertPositioned(ParsedDocument document) =>
        Assert.All(document.Diagnostics.Where(d => d.Code is not (DiagnosticCodes.FormatMismatch or DiagnosticCodes.InputTooLarge or DiagnosticCodes.BinaryInput)),
            d => Assert.True(d.Line >= 1, $"no line: {d}"));

    [Fact]
    public void Parse_EntryThatNeverCloses_KeepsItsFieldsAndTheEntriesAfterIt()
    {
        var document = Parse("@article{a, title = {First}, journal = {J\n\n@article{b, title = {Second}}\n@misc{c, title = {Third}");

        Assert.Equal(["First", "Second", "Third"], document.Papers.Select(p => p.Title));
        Assert.Equal("J", document.Papers[0].Venue?.Name);
        var truncated = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.TruncatedEntry).ToList();
        Assert.Equal([1, 4], truncated.Select(d => d.Line));
        AssertPositioned(document);
    }

    [Fact]
    public void Parse_UnbalancedBraces_AreReportedAndTheNextEntryIsRead()
    {
        var document = Parse("@misc{a, title = {Open {brace}, note = {x}}\n@misc{b, title = {B}}\n@misc{c, title = Closed}}}, year = 1}\n@misc{d, title = {D}}");

        Assert.Contains(document.Papers, p => p.Title == "B");
        Assert.Contains(document.Papers, p => p.Title == "D");
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.TruncatedEntry && d.Line == 1);
        AssertPositioned(document);
    }

    [Fact]
    public void Parse_HundredThousandNestedBraces_IsReadWithoutException()
    {
        const int depth = 100_000;
        var text = "@misc{deep, title = " + new string('{', depth) + "x" + new string('}', depth) + ", year = 2020}\n@misc{after, title = {After}}";

        var document = Parse(text);

        Assert.Equal(2, document.Papers.Count);
        Assert.Equal(2020, document.Papers[0].Date?.Year);
        Assert.Equal("After", document.Papers[1].Title);
    }

    [Fact]
    public void Parse_HundredThousandUnclosedBraces_IsReadWithoutException()
    {
        var text = "@misc{open, title = " + new string('{', 100_000) + "\n@misc{after, title = {After}}\n" + string.Concat(Enumerable.Repeat("@misc{x, t={\n", 2_000));

        var document = Parse(text);

        Assert.Contains(document.Papers, p => p.Title == "After");
        Assert.Equal(2_002, document.Papers.Count);
        AssertPositioned(document);
    }

    [Theory]
    [InlineData("@a")]
    [InlineData("@ ")]
    [InlineData("{x}")]
    [InlineData("@misc{k, title = {x}, note = \"")]
    public void Parse_MillionCharactersOfOneRepeatedPattern_IsReadWithoutException(string pattern)
    {
        var text = string.Concat(Enumerable.Repeat(pattern, 2_000_000 / pattern.Length)) + "\n@misc{last, title = {Last}}";

        var document = Parse(text);

        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
        Assert.Equal("Last", document.Papers[^1].Title);
    }

    [Fact]
    public void Parse_ManyDistinctProtectedGroupsInATitle_AreAllKept()
    {
        var title = string.Concat(Enumerable.Range(0, 50_000).Select(i => "{W" + i + "} "));

        var paper = Assert.Single(Parse("@misc{k, title = {" + title + "}}").Papers);

        Assert.Equal(50_000, paper.ProtectedTitleSpans.Count);
    }

    [Fact]
    public void Parse_SelfReferencingString_IsReportedNotLooped()
    {
        var document = Parse("@string{loop = loop # \"x\"}\n@string{a = b}\n@string{b = a}\n@misc{k, title = loop # a}");

        Assert.Equal("loopxb", Assert.Single(document.Papers).Title);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.UnresolvedReference && d.Line == 1);
    }

    [Fact]
    public void Parse_MacroThatDoublesItself_StaysBounded()
    {
        var text = new StringBuilder("@string{a = \"xxxxxxxxxx\"}\n");
        for (var i = 0; i < 64; i++)
        {
            text.Append("@string{a = a # a}\n");
        }

        text.Append("@misc{k, title = a # a}\n");

        var document = Parse(text.ToString());

        var paper = Assert.Single(document.Papers);
        Assert.True(paper.Title.Length <= 8 << 20, $"title of {paper.Title.Length} characters");
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MalformedValue);
    }

    [Fact]
    public void Parse_BinaryData_GivesDiagnosticsNotExceptions()
    {
        var random = new Random(7);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        var text = "@misc{k, title = {" + Encoding.Latin1.GetString(bytes) + "}}\n@misc{j, title = {J}}";

        var document = Parse(text);

        Assert.Contains(document.Papers, p => p.Title == "J");
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.BinaryInput);
    }

    [Theory]
    [InlineData("@")]
    [InlineData("@@@@")]
    [InlineData("@misc")]
    [InlineData("@misc{")]
    [InlineData("@misc{k")]
    [InlineData("@misc{k,")]
    [InlineData("@misc{k, title")]
    [InlineData("@misc{k, title =")]
    [InlineData("@misc{k, title = \"")]
    [InlineData("@misc{k, title = {\\")]
    [InlineData("@misc{k, = {x}}")]
    [InlineData("@misc{k, title = {x} # }")]
    [InlineData("@string{}")]
    [InlineData("@string{x}")]
    [InlineData("@comment(")]
    [InlineData("@preamble{\"x\" # }")]
    [InlineData("}}}}@misc{k}")]
    public void Parse_Fragment_NeverThrows(string text)
    {
        var document = Parse(text);

        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
        AssertPositioned(document);
    }

    [Fact]
    public void Parse_FiftyMegabyteFile_KeepsEveryEntry()
    {
        const string entry = "@inproceedings{key{0},\n  author = {M{\\\"u}ller, J{\\\"o}rg and van der Berg, Pieter and others},\n  title = {{BERT} and Friends: A Study of {\\v{C}}ech Text {0}},\n  booktitle = {Proceedings of the Conference},\n  year = 2024, month = nov, pages = {1--10},\n  abstract = {A long abstract with $\\alpha$ and 50\\% of the words in it, repeated to make the file big enough for the test.}\n}\n\n";
        var text = new StringBuilder(52 * 1024 * 1024);
        var count = 0;
        while (text.Length < 50 * 1024 * 1024)
        {
            text.Append(entry.Replace("{0}", count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            count++;
        }

        var options = Fixture.FixedOptions with { MaxInputLength = 64 * 1024 * 1024, MaxEntries = 1_000_000 };
        var document = Parse(text.ToString(), options);

        Assert.Equal(count, document.Papers.Count);
        Assert.Empty(document.Diagnostics);
        Assert.Equal("BERT and Friends: A Study of Čech Text 12345", document.Papers[12345].Title);
    }
}
