namespace Scholarly.Parsing.Identity;

/// <summary>
/// A reusable map from a feature (see <see cref="ClusterSet.Features"/>) to the positions of the parts that have
/// it, for one pair of compatible names at a time; cleared, not reallocated, between pairs.
/// </summary>
internal sealed class PartIndex
{
    private readonly Dictionary<long, int> _first = [];
    private readonly List<int> _position = [];
    private readonly List<int> _next = [];
    private readonly List<int> _candidates = [];
    private int[] _seen = [];
    private int _stamp;

    public void Clear()
    {
        _first.Clear();
        _position.Clear();
        _next.Clear();
    }

    public void Add(List<long> features, int position)
    {
        foreach (var feature in features)
        {
            var head = _first.TryGetValue(feature, out var existing) ? existing : -1;
            _first[feature] = _position.Count;
            _position.Add(position);
            _next.Add(head);
        }
    }

    /// <summary>The positions (below <paramref name="count"/>) of the parts sharing any of <paramref name="features"/>, ascending, each once.</summary>
    public List<int> Candidates(List<long> features, int count)
    {
        if (_seen.Length < count)
        {
            _seen = new int[Math.Max(count, _seen.Length * 2)];
        }

        // A new stamp per call marks what this call has seen without clearing the array.
        _stamp++;
        _candidates.Clear();
        foreach (var feature in features)
        {
            for (var at = _first.TryGetValue(feature, out var head) ? head : -1; at >= 0; at = _next[at])
            {
                var position = _position[at];
                if (_seen[position] != _stamp)
                {
                    _seen[position] = _stamp;
                    _candidates.Add(position);
                }
            }
        }

        _candidates.Sort();
        return _candidates;
    }
}
