namespace Scholarly.Parsing.Identity;

/// <summary>
/// The parts of one common name, found by what could corroborate them (a paper, coauthor, affiliation or area,
/// encoded by <see cref="ClusterSet.Features"/>). Each part is known by one of its mentions (its entry).
/// </summary>
internal sealed class FeatureIndex
{
    private readonly Dictionary<long, List<int>> _entries = [];
    private readonly List<int> _candidates = [];

    /// <summary>For each feature, the entries of the parts that have it (in the order they got it).</summary>
    public Dictionary<long, List<int>>.ValueCollection Lists => _entries.Values;

    /// <summary>The entries of the parts sharing any of <paramref name="features"/>, ascending, each once.</summary>
    public List<int> Candidates(List<long> features)
    {
        _candidates.Clear();
        foreach (var feature in features)
        {
            if (_entries.TryGetValue(feature, out var list))
            {
                _candidates.AddRange(list);
            }
        }

        _candidates.Sort();
        var kept = 0;
        for (var i = 0; i < _candidates.Count; i++)
        {
            if (kept == 0 || _candidates[kept - 1] != _candidates[i])
            {
                _candidates[kept++] = _candidates[i];
            }
        }

        _candidates.RemoveRange(kept, _candidates.Count - kept);
        return _candidates;
    }

    /// <summary>Records that the part known by <paramref name="entry"/> has <paramref name="features"/> (new to it: the caller leaves out what it had).</summary>
    public void Add(List<long> features, int entry)
    {
        foreach (var feature in features)
        {
            if (!_entries.TryGetValue(feature, out var list))
            {
                _entries.Add(feature, list = new List<int>(2));
            }

            list.Add(entry);
        }
    }
}
