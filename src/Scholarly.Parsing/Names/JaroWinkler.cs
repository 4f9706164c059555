using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Scholarly.Parsing.Names;

/// <summary>
/// Jaro–Winkler similarity on folded keys of at most <see cref="NameFolding.MaxKeyLength"/> characters,
/// with the matched positions kept as bit masks so nothing is allocated. The kernel type parameter chooses
/// how matches are found (SIMD or scalar); both give identical results.
/// </summary>
internal static class JaroWinkler
{
    /// <summary>Winkler's prefix boost applies above this Jaro similarity.</summary>
    public const float BoostThreshold = 0.7f;

    /// <summary>Whether the SIMD kernel is used by default (it needs hardware vectors).</summary>
    public static bool IsVectorized => Vector128.IsHardwareAccelerated;

    /// <summary>Jaro–Winkler with the best kernel for this machine.</summary>
    public static float Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        IsVectorized ? Similarity<VectorKernel>(a, b) : Similarity<ScalarKernel>(a, b);

    /// <summary>Jaro–Winkler with a chosen kernel; symmetric in its arguments.</summary>
    public static float Similarity<TKernel>(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        where TKernel : struct, IMatchKernel => Similarity<TKernel>(a, b, padded: false);

    /// <summary>
    /// Jaro–Winkler with a chosen kernel. <paramref name="padded"/> promises that 32 characters from the start
    /// of each key are readable (true of <see cref="NameView"/> keys), which lets the SIMD kernel load in place.
    /// </summary>
    public static float Similarity<TKernel>(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool padded)
        where TKernel : struct, IMatchKernel => Similarity<TKernel>(a, default, b, default, padded);

    /// <summary>
    /// Jaro–Winkler with a chosen kernel and, when the kernel uses them, the keys' position masks from
    /// <see cref="BuildPattern"/> (empty when a key has none).
    /// </summary>
    public static float Similarity<TKernel>(ReadOnlySpan<char> a, ReadOnlySpan<uint> patternA, ReadOnlySpan<char> b, ReadOnlySpan<uint> patternB, bool padded)
        where TKernel : struct, IMatchKernel
    {
        if (a.Length > NameFolding.MaxKeyLength)
        {
            a = a[..NameFolding.MaxKeyLength];
        }

        if (b.Length > NameFolding.MaxKeyLength)
        {
            b = b[..NameFolding.MaxKeyLength];
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1f : 0f;
        }

        // The greedy match search is not exactly symmetric; a fixed order makes Similarity(a, b) == Similarity(b, a).
        if (a.Length > b.Length || (a.Length == b.Length && (a[0] != b[0] ? a[0] > b[0] : a.SequenceCompareTo(b) > 0)))
        {
            var t = a;
            a = b;
            b = t;
            var tp = patternA;
            patternA = patternB;
            patternB = tp;
        }

        var window = Math.Max(0, (b.Length / 2) - 1);
        var matches = TKernel.UsesPatterns && patternB.Length == PatternLength
            ? MatchWithPattern(a, patternB, b.Length, window, out var matchedA, out var matchedB)
            : TKernel.Match(a, b, window, padded, out matchedA, out matchedB);
        if (matches == 0)
        {
            return 0f;
        }

        // Half-transpositions: matched characters of a and b, taken in order, that differ.
        var transpositions = 0;
        while (matchedA != 0)
        {
            var i = BitOperations.TrailingZeroCount(matchedA);
            var j = BitOperations.TrailingZeroCount(matchedB);
            if (a[i] != b[j])
            {
                transpositions++;
            }

            matchedA &= matchedA - 1;
            matchedB &= matchedB - 1;
        }

        float m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2)) / m)) / 3f;
        if (jaro <= BoostThreshold)
        {
            return jaro;
        }

        var prefix = 0;
        var maxPrefix = Math.Min(4, a.Length);
        while (prefix < maxPrefix && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1f * (1f - jaro));
    }

    /// <summary>Entries of a position-mask table: one per letter a–z.</summary>
    public const int PatternLength = 26;

    /// <summary>
    /// Fills <paramref name="pattern"/> (26 entries) with, for each letter a–z, the bit mask of its positions in
    /// <paramref name="key"/>. Only keys of at most 32 characters, all letters a–z, get one.
    /// </summary>
    /// <returns>Whether the key has a pattern.</returns>
    public static bool BuildPattern(ReadOnlySpan<char> key, Span<uint> pattern)
    {
        pattern[..PatternLength].Clear();
        if (key.Length is 0 or > 32)
        {
            return false;
        }

        for (var j = 0; j < key.Length; j++)
        {
            var letter = (uint)(key[j] - 'a');
            if (letter >= PatternLength)
            {
                pattern[..PatternLength].Clear();
                return false;
            }

            pattern[(int)letter] |= 1u << j;
        }

        return true;
    }

    /// <summary>The match search with b's position masks: one load per character of a.</summary>
    private static int MatchWithPattern(ReadOnlySpan<char> a, ReadOnlySpan<uint> patternB, int lengthB, int window, out ulong matchedA, out ulong matchedB)
    {
        ulong usedA = 0;
        ulong usedB = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            // b holds only letters a-z, so any other character of a matches nothing.
            var letter = (uint)(a[i] - 'a');
            ulong equal = letter < PatternLength ? patternB[(int)letter] : 0;
            var available = equal & ~usedB & WindowMask(Math.Max(0, i - window), Math.Min(lengthB - 1, i + window));
            if (available != 0)
            {
                usedB |= available & (0 - available);
                usedA |= 1UL << i;
                matches++;
            }
        }

        matchedA = usedA;
        matchedB = usedB;
        return matches;
    }

    /// <summary>Bits <paramref name="low"/> to <paramref name="high"/> inclusive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong WindowMask(int low, int high) =>
        (high >= 63 ? ulong.MaxValue : (1UL << (high + 1)) - 1) & ~((1UL << low) - 1);
}
