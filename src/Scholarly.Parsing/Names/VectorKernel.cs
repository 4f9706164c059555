using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Scholarly.Parsing.Names;

/// <summary>
/// The match search with SIMD: the second key (up to 32 characters) sits in vector registers, and one
/// compare per character of the first key gives a bit mask of equal positions; the window and the
/// already used positions are then masked off and the lowest bit taken. Longer keys use the scalar kernel.
/// </summary>
internal readonly struct VectorKernel : IMatchKernel
{
    private const int MaxVectorLength = 32;


    [SkipLocalsInit]
    public static int Match(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int window, bool padded, out ulong matchedA, out ulong matchedB)
    {
        if (b.Length > MaxVectorLength || !Vector128.IsHardwareAccelerated)
        {
            return ScalarKernel.Match(a, b, window, padded, out matchedA, out matchedB);
        }

        // Full 32-character vectors are loaded; positions past b's end are masked off. Padded keys (prepared
        // names and the matcher's stack buffers) are read in place, others are copied into a block first.
        Span<char> block = stackalloc char[padded ? 0 : MaxVectorLength];
        if (!padded)
        {
            b.CopyTo(block);
        }

        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(padded ? b : block));

        return Vector256.IsHardwareAccelerated
            ? Match256(a, b.Length, window, ref start, out matchedA, out matchedB)
            : Match128(a, b.Length, window, ref start, out matchedA, out matchedB);
    }

    private static int Match256(ReadOnlySpan<char> a, int lengthB, int window, ref ushort block, out ulong matchedA, out ulong matchedB)
    {
        // The second vector is loaded only when b needs it: a short key's padding may end at 16 characters.
        var twoVectors = lengthB > 16;
        var low = Vector256.LoadUnsafe(ref block);
        var high = twoVectors ? Vector256.LoadUnsafe(ref block, 16) : default;
        ulong usedA = 0;
        ulong usedB = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var c = Vector256.Create((ushort)a[i]);
            ulong equal = Vector256.Equals(c, low).ExtractMostSignificantBits();
            if (twoVectors)
            {
                equal |= (ulong)Vector256.Equals(c, high).ExtractMostSignificantBits() << 16;
            }

            var available = equal & ~usedB & JaroWinkler.WindowMask(Math.Max(0, i - window), Math.Min(lengthB - 1, i + window));
            var lowest = available & (0 - available);
            var found = (lowest | (0 - lowest)) >> 63;
            usedB |= lowest;
            usedA |= found << i;
            matches += (int)found;
        }

        matchedA = usedA;
        matchedB = usedB;
        return matches;
    }

    private static int Match128(ReadOnlySpan<char> a, int lengthB, int window, ref ushort block, out ulong matchedA, out ulong matchedB)
    {
        var vectors = (lengthB + 7) / 8;
        var v0 = Vector128.LoadUnsafe(ref block);
        var v1 = vectors > 1 ? Vector128.LoadUnsafe(ref block, 8) : default;
        var v2 = vectors > 2 ? Vector128.LoadUnsafe(ref block, 16) : default;
        var v3 = vectors > 2 ? Vector128.LoadUnsafe(ref block, 24) : default;
        ulong usedA = 0;
        ulong usedB = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var c = Vector128.Create((ushort)a[i]);
            ulong equal = Vector128.Equals(c, v0).ExtractMostSignificantBits();
            if (vectors > 1)
            {
                equal |= (ulong)Vector128.Equals(c, v1).ExtractMostSignificantBits() << 8;
                if (vectors > 2)
                {
                    equal |= (ulong)Vector128.Equals(c, v2).ExtractMostSignificantBits() << 16;
                    equal |= (ulong)Vector128.Equals(c, v3).ExtractMostSignificantBits() << 24;
                }
            }

            var available = equal & ~usedB & JaroWinkler.WindowMask(Math.Max(0, i - window), Math.Min(lengthB - 1, i + window));
            var lowest = available & (0 - available);
            var found = (lowest | (0 - lowest)) >> 63;
            usedB |= lowest;
            usedA |= found << i;
            matches += (int)found;
        }

        matchedA = usedA;
        matchedB = usedB;
        return matches;
    }
}
