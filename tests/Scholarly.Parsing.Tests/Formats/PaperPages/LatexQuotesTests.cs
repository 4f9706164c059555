using Scholarly.Parsing.Formats.PaperPages;

namespace Scholarly.Parsing.Tests.Formats.PaperPages;

public sealed class LatexQuotesTests
{
    [Theory]
    [InlineData("leading to \"dominant modality bias.'' This", "leading to \u201Cdominant modality bias.\u201D This")]
    [InlineData("a ``quoted'' word", "a \u201Cquoted\u201D word")]
    [InlineData("\"a\" and \"b\"", "\"a\" and \"b\"")]
    [InlineData("the model's output", "the model's output")]
    [InlineData("an unpaired '' mark", "an unpaired '' mark")]
    public void Replace_Text_ReplacesOnlyPairedLatexQuotes(string text, string expected) =>
        Assert.Equal(expected, LatexQuotes.Replace(text));
}
