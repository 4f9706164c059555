using Scholarly.Parsing.Formats.MultilingualPaper;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Tests.Formats.MultilingualPaper;

public sealed class PageDateReaderTests
{
    [Theory]
    [InlineData("March 18, 2025", 2025, 3, 18)]
    [InlineData("Mar 18, 2025", 2025, 3, 18)]
    [InlineData("18. März 2025", 2025, 3, 18)]
    [InlineData("18 March 2025", 2025, 3, 18)]
    [InlineData("2025-03-18", 2025, 3, 18)]
    [InlineData("18.03.2025", 2025, 3, 18)]
    [InlineData("February 29, 2024", 2024, 2, 29)]
    public void TryRead_DayDate_GivesDayPrecision(string text, int year, int month, int day)
    {
        Assert.True(PageDateReader.TryRead(text, MultilingualPaperTable.Default.Months, out var date));
        Assert.Equal(PublicationDate.FromDate(year, month, day), date);
    }

    [Fact]
    public void TryRead_MonthAndYear_GivesMonthPrecision()
    {
        Assert.True(PageDateReader.TryRead("Mai 2025", MultilingualPaperTable.Default.Months, out var date));
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(5, date.Month);
    }

    [Theory]
    [InlineData("March 32, 2025")]
    [InlineData("February 29, 2025")]
    [InlineData("Marhc 18, 2025")]
    [InlineData("2025-13-01")]
    [InlineData("03/18/2025")]
    public void TryRead_DateShapedButWrong_LooksLikeADateButIsNotRead(string text)
    {
        Assert.True(PageDateReader.LooksLikeDate(text));
        Assert.False(PageDateReader.TryRead(text, MultilingualPaperTable.Default.Months, out _));
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("cs.AI")]
    [InlineData("GPT-4 Technical Report 2023")]
    [InlineData("Vision-Language Models in 2025 and Beyond")]
    public void LooksLikeDate_OtherLines_AreNotDates(string text) => Assert.False(PageDateReader.LooksLikeDate(text));
}
