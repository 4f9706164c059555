using System.Runtime.Intrinsics;

namespace Scholarly.Parsing.Names;

/// <summary>
/// The default kernel: uses the position masks that <see cref="PreparedName"/> precomputes for keys of at most
/// 32 letters a–z (one table load per character instead of a search), and the SIMD kernel (or the scalar one
/// without hardware vectors) for keys without masks.
/// </summary>
internal readonly struct PatternKernel : IMatchKernel
{
    public static bool UsesPatterns => true;

    public static int Match(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int window, bool padded, out ulong matchedA, out ulong matchedB) =>
        Vector128.IsHardwareAccelerated
            ? VectorKernel.Match(a, b, window, padded, out matchedA, out matchedB)
            : ScalarKernel.Match(a, b, window, padded, out matchedA, out matchedB);
}
