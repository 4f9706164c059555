using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Tests.Pipeline;

public sealed class ParseOptionsTests
{
    [Fact]
    public void MaxInputLength_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParseOptions { MaxInputLength = -1 });
    }

    [Fact]
    public void MaxEntries_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParseOptions { MaxEntries = -1 });
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void MinimumConfidence_OutsideZeroToOne_Throws(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParseOptions { MinimumConfidence = value });
    }

    [Fact]
    public void TimeProvider_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ParseOptions { TimeProvider = null! });
    }

    [Fact]
    public void Init_BoundaryValues_AreKeptAndCompareByValue()
    {
        var options = new ParseOptions { MaxInputLength = 0, MaxEntries = 0, MinimumConfidence = 1 };

        Assert.Equal(0, options.MaxInputLength);
        Assert.Equal(0, options.MaxEntries);
        Assert.Equal(1, options.MinimumConfidence);
        Assert.Equal(options, new ParseOptions { MaxInputLength = 0, MaxEntries = 0, MinimumConfidence = 1 });
        Assert.NotEqual(options, ParseOptions.Default);
    }

    [Fact]
    public void Default_HasTheDocumentedLimits()
    {
        Assert.Equal(32 * 1024 * 1024, ParseOptions.Default.MaxInputLength);
        Assert.Equal(100_000, ParseOptions.Default.MaxEntries);
        Assert.Equal(0.5, ParseOptions.Default.MinimumConfidence);
        Assert.Same(TimeProvider.System, ParseOptions.Default.TimeProvider);
    }
}
