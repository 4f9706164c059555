using Scholarly.Parsing.Formats.PaperPages;

namespace Scholarly.Parsing.Tests.Formats.PaperPages;

public sealed class ExcerptTests
{
    [Theory]
    [InlineData(56)]
    [InlineData(57)]
    public void Of_CutAtASurrogatePair_KeepsThePairWhole(int emojiAt)
    {
        var text = new string('a', emojiAt) + "😀" + new string('b', 40);

        var excerpt = Excerpt.Of(text);

        Assert.EndsWith("...", excerpt, StringComparison.Ordinal);
        Assert.True(IsValidUtf16(excerpt), $"'{excerpt}' holds a lone surrogate");
        Assert.InRange(excerpt.Length, 59, 60);
    }

    [Fact]
    public void Tail_CutAtASurrogatePair_KeepsThePairWhole()
    {
        var text = new string('a', 40) + "😀" + new string('b', 26);

        var tail = Excerpt.Tail(text);

        Assert.StartsWith("...", tail, StringComparison.Ordinal);
        Assert.True(IsValidUtf16(tail), $"'{tail}' holds a lone surrogate");
    }

    [Fact]
    public void Of_ShortText_IsKeptWhole() => Assert.Equal("short 😀", Excerpt.Of("short 😀"));

    private static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
