using Scholarly.Parsing.Identity;

namespace Scholarly.Parsing.Tests.Identity;

public sealed class IntSetTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(40)] // past the point where a hash set takes over from the linear scan
    public void Add_Contains_Overlaps_AgreeWithAHashSet(int count)
    {
        var set = new IntSet();
        var expected = new HashSet<int>();
        for (var i = 0; i < count; i++)
        {
            var item = i * 7 % 23 + i / 23 * 100;
            Assert.Equal(expected.Add(item), set.Add(item));
            Assert.False(set.Add(item));
        }

        Assert.Equal(expected.Count, set.Count);
        Assert.Equal(expected.Order(), set.Items.ToArray().Order());
        Assert.All(Enumerable.Range(-5, 300), i => Assert.Equal(expected.Contains(i), set.Contains(i)));

        var other = new IntSet();
        other.Add(-1);
        Assert.False(set.Overlaps(other));
        other.Add(expected.Max());
        Assert.True(set.Overlaps(other));
        Assert.True(other.Overlaps(set));
    }

    [Fact]
    public void UnionWith_KeepsEachItemOnce()
    {
        var a = new IntSet();
        var b = new IntSet();
        foreach (var i in Enumerable.Range(0, 20))
        {
            a.Add(i);
            b.Add(i + 10);
        }

        a.UnionWith(b);

        Assert.Equal(Enumerable.Range(0, 30), a.Items.ToArray().Order());
    }
}
