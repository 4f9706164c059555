using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    /// Jaro–Winkler with a chosen kernel. <paramref name="padded"/> promises that characters past each key's end
    /// are readable up to 16 characters from its start (32 for keys longer than 16), true of <see cref="NameView"/>
    /// keys, which lets the SIMD kernel load in place.
    /// </summary>
    public static float Similarity<TKernel>(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool padded)
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
        }

        var window = Math.Max(0, (b.Length / 2) - 1);
        var matches = TKernel.Match(a, b, window, padded, out var matchedA, out var matchedB);
        if (matches == 0)
        {
            return 0f;
        }

        // Half-transpositions: matched characters of a and b, taken in order, that differ (branch-free body:
        // with random names these comparisons are unpredictable).
        // Matched positions lie within the keys, so the reads skip bounds checks.
        var transpositions = 0;
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        while (matchedA != 0)
        {
            var i = BitOperations.TrailingZeroCount(matchedA);
            var j = BitOperations.TrailingZeroCount(matchedB);
            transpositions += Unsafe.Add(ref ra, i) != Unsafe.Add(ref rb, j) ? 1 : 0;
            matchedA &= matchedA - 1;
            matchedB &= matchedB - 1;
        }

        // (m/|a| + m/|b| + (m-t)/m) / 3 with one division.
        float m = matches;
        float la = a.Length;
        float lb = b.Length;
        var jaro = ((m * m * (la + lb)) + ((m - (transpositions / 2)) * la * lb)) / (3f * la * lb * m);
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

    /// <summary>Bits <paramref name="low"/> to <paramref name="high"/> inclusive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong WindowMask(int low, int high) =>
        (high >= 63 ? ulong.MaxValue : (1UL << (high + 1)) - 1) & ~((1UL << low) - 1);
}
