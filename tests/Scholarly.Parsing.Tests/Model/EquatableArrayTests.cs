using System.Collections.Immutable;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Tests.Model;

public sealed class EquatableArrayTests
{
    [Fact]
    public void Equals_SameElementsInDifferentArrays_IsTrue()
    {
        EquatableArray<string> a = ["x", "y"];
        EquatableArray<string> b = ImmutableArray.Create("x", "y");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentOrderOrLength_IsFalse()
    {
        EquatableArray<string> a = ["x", "y"];

        Assert.NotEqual(a, ["y", "x"]);
        Assert.NotEqual(a, ["x"]);
        Assert.True(a != ["x", "y", "z"]);
    }

    [Fact]
    public void Default_BehavesAsEmpty()
    {
        EquatableArray<int> none = default;

        Assert.True(none.Count == 0);
        Assert.True(none.IsEmpty);
        Assert.Empty(none);
        Assert.Equal(none, []);
        Assert.Equal(none, (int[]?)null);
        Assert.True(none.AsImmutableArray().IsEmpty);
    }

    [Fact]
    public void ImplicitFromArray_CopiesSoLaterWritesDoNotLeakIn()
    {
        var source = new[] { 1, 2 };
        EquatableArray<int> copy = source;
        source[0] = 99;

        Assert.Equal(1, copy[0]);
    }

    [Fact]
    public void ImmutableArrayRecord_ComparesByReference_WhileEquatableArrayRecordComparesByValue()
    {
        // The reason EquatableArray exists: a record holding ImmutableArray<T> compares it by reference.
        var plainA = new Holder<ImmutableArray<string>>(["x"]);
        var plainB = new Holder<ImmutableArray<string>>(["x"]);
        var equatableA = new Holder<EquatableArray<string>>(["x"]);
        var equatableB = new Holder<EquatableArray<string>>(["x"]);

        Assert.NotEqual(plainA, plainB);
        Assert.Equal(equatableA, equatableB);
    }

    private sealed record Holder<T>(T Items);
}
