namespace Scholarly.Parsing.Identity;

/// <summary>
/// A set of ints for the resolver's many small per-person sets (records, papers, coauthors, name groups): the
/// items in one array, searched linearly while few and through a hash set once many. Most people are mentioned
/// once or twice, so most sets hold one to a few items and cost one small array, not a hash table.
/// </summary>
internal sealed class IntSet
{
    private const int LinearLimit = 16;

    private int[] _items;
    private int _count;
    private HashSet<int>? _index;

    public IntSet(int capacity = 1) => _items = new int[Math.Max(1, capacity)];

    public int Count => _count;

    /// <summary>The items, in the order they were added.</summary>
    public ReadOnlySpan<int> Items => _items.AsSpan(0, _count);

    public bool Contains(int item) => _index?.Contains(item) ?? _items.AsSpan(0, _count).Contains(item);

    public bool Add(int item)
    {
        if (Contains(item))
        {
            return false;
        }

        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count * 2);
        }

        _items[_count++] = item;
        if (_index is not null)
        {
            _index.Add(item);
        }
        else if (_count > LinearLimit)
        {
            _index = [.. Items.ToArray()];
        }

        return true;
    }

    public void UnionWith(IntSet other)
    {
        foreach (var item in other.Items)
        {
            Add(item);
        }
    }

    public bool Overlaps(IntSet other)
    {
        var (small, large) = _count <= other._count ? (this, other) : (other, this);
        foreach (var item in small.Items)
        {
            if (large.Contains(item))
            {
                return true;
            }
        }

        return false;
    }
}
