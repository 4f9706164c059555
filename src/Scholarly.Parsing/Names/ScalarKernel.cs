namespace Scholarly.Parsing.Names;

/// <summary>The classic match search, one character at a time; the fallback without hardware vectors.</summary>
internal readonly struct ScalarKernel : IMatchKernel
{

    public static int Match(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int window, bool padded, out ulong matchedA, out ulong matchedB)
    {
        ulong usedA = 0;
        ulong usedB = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var c = a[i];
            var high = Math.Min(b.Length - 1, i + window);
            for (var j = Math.Max(0, i - window); j <= high; j++)
            {
                if (b[j] == c && (usedB & (1UL << j)) == 0)
                {
                    usedB |= 1UL << j;
                    usedA |= 1UL << i;
                    matches++;
                    break;
                }
            }
        }

        matchedA = usedA;
        matchedB = usedB;
        return matches;
    }
}
