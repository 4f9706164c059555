using System.Text;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Tests.Pipeline;

public sealed class SourceTextTests
{
    [Fact]
    public void From_MixedLineEnds_BecomeLineFeeds()
    {
        var text = SourceText.From("a\r\nb\rc\nd\u2028e");

        Assert.Equal("a\nb\nc\nd\ne", text.Text);
        Assert.Equal(5, text.LineCount);
        Assert.Equal("c", text.GetLine(3).ToString());
    }

    [Fact]
    public void From_NoBreakSpacesAndZeroWidthCharacters_AreNormalised()
    {
        var text = SourceText.From("\uFEFFMihyeon\u00A0Kim\u200B and\u202FYoungbin");

        Assert.Equal("Mihyeon Kim and Youngbin", text.Text);
    }

    [Fact]
    public void From_DecomposedCharacters_BecomeNfc()
    {
        var decomposed = "Ko\u0308rner";

        Assert.Equal("K\u00F6rner", SourceText.From(decomposed).Text);
    }

    [Fact]
    public void From_CleanText_KeepsTheSameStringInstance()
    {
        var clean = "Mihyeon Kim\n2025\n";

        Assert.Same(clean, SourceText.From(clean).Text);
    }

    [Fact]
    public void From_LoneSurrogate_IsReplacedAndFlagged()
    {
        var text = SourceText.From("ab\uD800cd \U0001F600");

        Assert.True(text.HadInvalidCharacters);
        Assert.Equal("ab\uFFFDcd \U0001F600", text.Text);
    }

    [Fact]
    public void From_LongerThanMaxLength_IsCutAtTheLastLineBreak()
    {
        var text = SourceText.From("line one\nline two\nline three", maxLength: 20);

        Assert.True(text.IsTruncated);
        Assert.Equal("line one\nline two", text.Text);
        Assert.Equal(28, text.OriginalLength);
    }

    [Fact]
    public void From_Stream_DetectsUtf8BomAndHonoursMaxLength()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Müller\nsecond line\nthird")).ToArray();

        var whole = SourceText.From(new MemoryStream(bytes));
        var cut = SourceText.From(new MemoryStream(bytes), maxLength: 10);

        Assert.Equal("Müller\nsecond line\nthird", whole.Text);
        Assert.False(whole.IsTruncated);
        Assert.Equal("Müller", cut.Text);
        Assert.True(cut.IsTruncated);
    }

    [Fact]
    public void GetLineNumber_MapsPositionsToOneBasedLines()
    {
        var text = SourceText.From("ab\ncd\n\nef");

        Assert.Equal(1, text.GetLineNumber(0));
        Assert.Equal(1, text.GetLineNumber(2));
        Assert.Equal(2, text.GetLineNumber(3));
        Assert.Equal(3, text.GetLineNumber(6));
        Assert.Equal(4, text.GetLineNumber(8));
        Assert.Equal(4, text.GetLineNumber(999));
    }

    [Fact]
    public void GetLine_OutOfRange_Throws()
    {
        var text = SourceText.From("only");

        Assert.Throws<ArgumentOutOfRangeException>(() => text.GetLine(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.GetLine(2));
    }

    [Fact]
    public void DetectionWindow_IsAtMost8K()
    {
        var text = SourceText.From(new string('x', 20_000));

        Assert.Equal(SourceText.DetectionWindowLength, text.DetectionWindow.Length);
    }
}
