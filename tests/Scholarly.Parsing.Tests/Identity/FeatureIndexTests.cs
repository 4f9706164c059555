using Scholarly.Parsing.Identity;

namespace Scholarly.Parsing.Tests.Identity;

public sealed class FeatureIndexTests
{
    [Fact]
    public void Candidates_GivesThePartsSharingAFeature_AscendingAndOnce()
    {
        var index = new FeatureIndex();
        index.Add([1, 2], 30);
        index.Add([2, 3], 10);
        index.Add([4], 20);

        Assert.Equal([10, 30], index.Candidates([2, 1, 9]));
        Assert.Equal([10, 20], index.Candidates([3, 4]));
        Assert.Empty(index.Candidates([5]));
    }

    [Fact]
    public void PartIndex_Candidates_GivesPositionsOnce_AndForgetsThemOnClear()
    {
        var index = new PartIndex();
        index.Add([1, 2], 2);
        index.Add([2], 0);
        index.Add([2], 2);

        Assert.Equal([0, 2], index.Candidates([2, 1], 3));
        index.Clear();
        Assert.Empty(index.Candidates([2, 1], 3));
    }
}
