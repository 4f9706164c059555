namespace Scholarly.Parsing.Identity;

/// <summary>Disjoint sets over 0..n-1 with path halving; the smaller index stays the root so results are deterministic.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    /// <summary>Joins two sets; returns the new root (the smaller of the two roots).</summary>
    public int Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return ra;
        }

        var (root, child) = ra < rb ? (ra, rb) : (rb, ra);
        _parent[child] = root;
        return root;
    }
}
