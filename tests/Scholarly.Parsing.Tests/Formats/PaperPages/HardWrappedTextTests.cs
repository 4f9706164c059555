using Scholarly.Parsing.Formats.PaperPages;

namespace Scholarly.Parsing.Tests.Formats.PaperPages;

public sealed class HardWrappedTextTests
{
    private static List<PageLine> Lines(params string[] lines) => [.. lines.Select((l, i) => new PageLine(i + 1, 1, l))];

    [Fact]
    public void Join_WrappedLines_BecomeOneParagraphJoinedBySpaces()
    {
        var text = HardWrappedText.Join(Lines(
            "align task directions in a non-conflicting manner. Experiments on UPMC",
            "Food-101, Hateful Memes, and MM-IMDb datasets confirm that BalGrad effectively",
            "alleviates over-reliance."));

        Assert.Equal("align task directions in a non-conflicting manner. Experiments on UPMC Food-101, Hateful Memes, and MM-IMDb datasets confirm that BalGrad effectively alleviates over-reliance.", text);
    }

    [Theory]
    [InlineData("inter-", "modality gradient reweighting", "inter-modality gradient reweighting")]
    [InlineData("Vision-", "Language models", "Vision-Language models")]
    [InlineData("a pause -", "then more", "a pause - then more")]
    public void Join_LineEndingInAHyphen_KeepsTheHyphen(string first, string second, string expected)
    {
        var text = HardWrappedText.Join(Lines("Our approach includes a long enough line to make this a wrapped " + first, second));

        Assert.EndsWith(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Join_BlankLine_SeparatesParagraphs() =>
        Assert.Equal("First one.\nSecond one.", HardWrappedText.Join(Lines("First one.", "", "Second one.")));

    [Fact]
    public void Join_ShortLineEndingASentence_EndsItsParagraph()
    {
        var text = HardWrappedText.Join(Lines(
            "This is the first paragraph of a text wrapped at about eighty columns wide,",
            "and it ends here.",
            "The second paragraph starts on the next line without a blank line between."));

        Assert.Equal(2, text.Split('\n').Length);
    }

    [Fact]
    public void Join_LongLines_AreParagraphsOfTheirOwn()
    {
        var long1 = new string('a', 150) + ".";
        var long2 = new string('b', 150) + ".";

        Assert.Equal(long1 + "\n" + long2, HardWrappedText.Join(Lines(long1, long2)));
    }

    [Fact]
    public void Raw_KeepsLinesAsWrittenWithoutOuterBlankLines() =>
        Assert.Equal("a\n\nb", HardWrappedText.Raw(Lines("", "a", "", "b", "")));
}
