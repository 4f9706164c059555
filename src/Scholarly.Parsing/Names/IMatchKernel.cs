namespace Scholarly.Parsing.Names;

/// <summary>Finds Jaro's matching characters; implementations must agree bit for bit.</summary>
internal interface IMatchKernel
{
    /// <summary>Whether precomputed position masks of prepared names are used when a key has them.</summary>
    static abstract bool UsesPatterns { get; }

    /// <summary>
    /// For each character of <paramref name="a"/> in order, takes the first unused equal character of
    /// <paramref name="b"/> within <paramref name="window"/> positions. Both spans hold at most 64 characters
    /// and <paramref name="a"/> is not longer than <paramref name="b"/>.
    /// </summary>
    /// <param name="a">The shorter key.</param>
    /// <param name="b">The longer key.</param>
    /// <param name="window">How far apart matching characters may be.</param>
    /// <param name="padded">Whether at least 32 characters from <paramref name="b"/>'s start are readable memory, even past its end.</param>
    /// <param name="matchedA">The matched positions of <paramref name="a"/>.</param>
    /// <param name="matchedB">The matched positions of <paramref name="b"/>.</param>
    /// <returns>The number of matches.</returns>
    static abstract int Match(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int window, bool padded, out ulong matchedA, out ulong matchedB);
}
