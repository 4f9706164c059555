namespace Scholarly.Parsing.Names;

/// <summary>Finds Jaro's matching characters; implementations must agree bit for bit.</summary>
internal interface IMatchKernel
{

    /// <summary>
    /// For each character of <paramref name="a"/> in order, takes the first unused equal character of
    /// <paramref name="b"/> within <paramref name="window"/> positions. Both spans hold at most 64 characters
    /// and <paramref name="a"/> is not longer than <paramref name="b"/>.
    /// </summary>
    /// <param name="a">The shorter key.</param>
    /// <param name="b">The longer key.</param>
    /// <param name="window">How far apart matching characters may be.</param>
    /// <param name="padded">Whether characters past <paramref name="b"/>'s end are readable up to 16 from its start (32 when it is longer than 16).</param>
    /// <param name="matchedA">The matched positions of <paramref name="a"/>.</param>
    /// <param name="matchedB">The matched positions of <paramref name="b"/>.</param>
    /// <returns>The number of matches.</returns>
    static abstract int Match(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int window, bool padded, out ulong matchedA, out ulong matchedB);
}
