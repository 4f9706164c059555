namespace Scholarly.Parsing.Names;

/// <summary>Finds Jaro's matching characters; implementations must agree bit for bit.</summary>
internal interface IMatchKernel
{
    /// <summary>
    /// For each character of <paramref name="a"/> in order, takes the first unused equal character of
    /// <paramref name="b"/> within <paramref name="window"/> positions. Both spans hold at most 64 characters
    /// and <paramref name="a"/> is not longer than <paramref name="b"/>.
    /// </summary>
    /// <returns>The number of matches; the matched positions of each side as bit masks.</returns>
    static abstract int Match(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int window, out ulong matchedA, out ulong matchedB);
}
