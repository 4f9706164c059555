using Scholarly.Parsing.Names;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Identity;

/// <summary>
/// The people found so far: disjoint sets of mentions, each with what merging needs to check — the
/// paper records it appears in (two authors of one paper never merge), its resolved papers, its
/// coauthors' name groups, its spellings, affiliations and areas. Data is built lazily, so a person
/// mentioned once costs no more than the mention.
/// </summary>
internal sealed class ClusterSet
{
    // A mention's coauthors are its nearest neighbours in the author list; a 10,000-author paper must not cost 10^8.
    private const int CoauthorWindow = 32;

    private readonly List<Mention> _mentions;
    private readonly List<PaperRecord> _records;
    private readonly int[] _paperOfRecord;
    private readonly List<Pipeline.ParsedDocument> _documents;
    private readonly UnionFind _sets;
    private readonly ClusterData?[] _data;
    private readonly int[] _firstMentionOfRecord;
    private readonly int[] _authorCountOfRecord;
    private readonly Dictionary<int, int> _groupExample = [];
    private readonly Dictionary<string, int> _interned = new(StringComparer.Ordinal);
    private readonly List<string> _internedText = [];

    public ClusterSet(List<Mention> mentions, List<PaperRecord> records, int[] paperOfRecord, List<ParsedDocument> documents)
    {
        _mentions = mentions;
        _records = records;
        _paperOfRecord = paperOfRecord;
        _documents = documents;
        _sets = new UnionFind(mentions.Count);
        _data = new ClusterData?[mentions.Count];
        _firstMentionOfRecord = new int[records.Count];
        _authorCountOfRecord = new int[records.Count];
        Array.Fill(_firstMentionOfRecord, -1);
        for (var m = 0; m < mentions.Count; m++)
        {
            var record = mentions[m].Record;
            if (record >= 0)
            {
                if (_firstMentionOfRecord[record] < 0)
                {
                    _firstMentionOfRecord[record] = m;
                }

                _authorCountOfRecord[record]++;
            }

            _groupExample.TryAdd(mentions[m].Group, m);
        }
    }

    public int Root(int mention) => _sets.Find(mention);

    public int FirstMentionOf(int root) => Data(root).FirstMention;

    public ReadOnlySpan<int> Groups(int root) => Data(root).Groups.Items;

    public bool HasAffiliations(int root) => Data(root).Affiliations.Count > 0;

    /// <summary>
    /// Adds to <paramref name="into"/> what could corroborate the person: papers, coauthors (other than
    /// <paramref name="ownGroup"/>), affiliations and areas, each encoded as a kind in the top bits and an id.
    /// </summary>
    public void Features(int root, int ownGroup, List<long> into)
    {
        var data = Data(root);
        foreach (var paper in data.Papers.Items)
        {
            into.Add(paper);
        }

        foreach (var coauthor in data.Coauthors.Items)
        {
            if (coauthor != ownGroup)
            {
                into.Add(1L << 40 | (uint)coauthor);
            }
        }

        foreach (var affiliation in data.Affiliations)
        {
            into.Add(2L << 40 | (uint)Intern(affiliation));
        }

        foreach (var area in data.Areas)
        {
            into.Add(3L << 40 | (uint)Intern(area));
        }
    }

    /// <summary>Whether the person already has a feature from <see cref="Features"/>.</summary>
    public bool HasFeature(int root, long feature)
    {
        var data = Data(root);
        var id = (int)(feature & 0xFFFFFFFF);
        return (feature >> 40) switch
        {
            0 => data.Papers.Contains(id),
            1 => data.Coauthors.Contains(id),
            2 => data.Affiliations.Contains(_internedText[id]),
            _ => data.Areas.Contains(_internedText[id]),
        };
    }

    private int Intern(string text)
    {
        if (!_interned.TryGetValue(text, out var id))
        {
            _interned.Add(text, id = _interned.Count);
            _internedText.Add(text);
        }

        return id;
    }

    public bool CanJoin(int root, int mention) =>
        _mentions[mention].Record < 0 || !Data(root).Records.Contains(_mentions[mention].Record);

    public bool CanMerge(int a, int b)
    {
        return !Data(a).Records.Overlaps(Data(b).Records);
    }

    /// <summary>Adds a mention to a person; a mention no one has looked at yet is added in place, without a set of its own.</summary>
    public void Join(int root, int mention, Evidence evidence)
    {
        var other = Root(mention);
        if (other != mention || _data[mention] is not null)
        {
            Merge(root, other, evidence);
            return;
        }

        var keep = Data(root);
        var newRoot = _sets.Union(root, mention);
        Fill(keep, mention);
        keep.AddMention(mention);
        keep.AddEvidence(evidence);
        _data[root] = null;
        _data[newRoot] = keep;
    }

    public void Merge(int a, int b, Evidence evidence)
    {
        var (da, db) = (Data(a), Data(b));
        var root = _sets.Union(a, b);
        var (keep, fold) = da.Size >= db.Size ? (da, db) : (db, da);
        keep.Absorb(fold);
        keep.AddEvidence(evidence);
        _data[a] = _data[b] = null;
        _data[root] = keep;
    }

    public void AddEvidence(int root, Evidence evidence) => Data(root).AddEvidence(evidence);

    /// <summary>A page's subject owns the page's papers even when the author list does not show them.</summary>
    public void Own(int mention, int paper) => Data(Root(mention)).Papers.Add(paper);

    /// <summary>The strongest second fact that two people are one, or <see langword="null"/>.</summary>
    public Evidence? Corroboration(int a, int b)
    {
        var (da, db) = (Data(a), Data(b));
        if (!AnyCorroboration(da, db))
        {
            return null; // the common case, checked without allocating
        }

        if (da.Papers.Overlaps(db.Papers))
        {
            var paper = int.MaxValue;
            foreach (var p in da.Papers.Items)
            {
                if (p < paper && db.Papers.Contains(p))
                {
                    paper = p;
                }
            }

            return new Evidence { Kind = EvidenceKind.SharedPaper, Description = $"both are authors of paper p{paper} in different records", Score = 1 };
        }

        var shared = new List<int>();
        foreach (var coauthor in da.Coauthors.Items)
        {
            if (db.Coauthors.Contains(coauthor) && !da.Groups.Contains(coauthor) && !db.Groups.Contains(coauthor))
            {
                shared.Add(coauthor);
            }
        }

        shared.Sort();
        if (shared.Count > 0)
        {
            var names = shared.Take(3).Select(g => $"\"{_mentions[_groupExample[g]].Name.Written}\"");
            return new Evidence { Kind = EvidenceKind.CoauthorOverlap, Description = $"{shared.Count} coauthor(s) in common: {string.Join(", ", names)}", Score = Math.Min(1, shared.Count / 3.0) };
        }

        var affiliation = da.Affiliations.Intersect(db.Affiliations, StringComparer.Ordinal).Order(StringComparer.Ordinal).FirstOrDefault();
        if (affiliation is not null)
        {
            return new Evidence { Kind = EvidenceKind.SharedAffiliation, Description = $"both are affiliated with \"{affiliation}\"", Score = 0.8 };
        }

        var area = da.Areas.Intersect(db.Areas, StringComparer.Ordinal).Order(StringComparer.Ordinal).FirstOrDefault();
        return area is null ? null : new Evidence { Kind = EvidenceKind.SharedResearchArea, Description = $"both work in {area}", Score = 0.5 };
    }

    private static bool AnyCorroboration(ClusterData a, ClusterData b)
    {
        if (a.Papers.Overlaps(b.Papers) || Overlap(a.Affiliations, b.Affiliations) || Overlap(a.Areas, b.Areas))
        {
            return true;
        }

        var (small, large) = a.Coauthors.Count <= b.Coauthors.Count ? (a, b) : (b, a);
        foreach (var coauthor in small.Coauthors.Items)
        {
            if (large.Coauthors.Contains(coauthor) && !a.Groups.Contains(coauthor) && !b.Groups.Contains(coauthor))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        foreach (var item in small)
        {
            if (large.Contains(item))
            {
                return true;
            }
        }

        return false;
    }

    public List<AuthorCluster> Clusters()
    {
        var byRoot = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (var m = 0; m < _mentions.Count; m++)
        {
            var root = Root(m);
            if (!byRoot.TryGetValue(root, out var members))
            {
                byRoot.Add(root, members = []);
                order.Add(root);
            }

            members.Add(m);
        }

        return [.. order.Select(root => new AuthorCluster(byRoot[root], [.. Data(root).Papers.Items], Data(root).Evidence))];
    }

    private ClusterData Data(int mention)
    {
        var root = Root(mention);
        return _data[root] ??= Create(root);
    }

    private ClusterData Create(int m)
    {
        var data = new ClusterData(m);
        Fill(data, m);
        return data;
    }

    // What one mention tells of its person: name group, record, paper, coauthors, affiliations, areas.
    private void Fill(ClusterData data, int m)
    {
        var mention = _mentions[m];
        data.Groups.Add(mention.Group);
        if (mention.Record >= 0)
        {
            data.Records.Add(mention.Record);
            data.Papers.Add(_paperOfRecord[mention.Record]);
            var first = _firstMentionOfRecord[mention.Record];
            var count = _authorCountOfRecord[mention.Record];
            var from = Math.Max(first, m - CoauthorWindow);
            var to = Math.Min(first + count, m + CoauthorWindow + 1);
            for (var c = from; c < to; c++)
            {
                if (c != m)
                {
                    data.Coauthors.Add(_mentions[c].Group);
                }
            }

            // Institutions given for this author alone (e.g. ACL Anthology XML), not the paper's as a group.
            foreach (var affiliation in _records[mention.Record].Paper.AuthorAffiliations)
            {
                if (affiliation.AuthorIndex == mention.Position && affiliation.Affiliation.Name.Length > 0)
                {
                    data.AddAffiliation(PersonNameKeys.Fold(affiliation.Affiliation.Name));
                }
            }
        }
        else if (_documents[mention.Document].Subject is { } subject)
        {
            foreach (var affiliation in subject.Affiliations)
            {
                data.AddAffiliation(PersonNameKeys.Fold(affiliation.Name));
            }

            foreach (var area in subject.ResearchAreas)
            {
                data.AddArea(area);
            }
        }
    }

    private sealed class ClusterData(int firstMention)
    {
        private static readonly HashSet<string> NoStrings = new(StringComparer.Ordinal);

        // Rarely filled, so made only when needed.
        private HashSet<string>? _affiliations;
        private HashSet<string>? _areas;
        private List<Evidence>? _evidence;

        public int FirstMention { get; private set; } = firstMention;

        public void AddMention(int mention)
        {
            FirstMention = Math.Min(FirstMention, mention);
            Size++;
        }

        public int Size { get; private set; } = 1;

        public IntSet Records { get; } = new();

        public IntSet Papers { get; } = new();

        public IntSet Coauthors { get; } = new(4);

        public IntSet Groups { get; } = new();

        public HashSet<string> Affiliations => _affiliations ?? NoStrings;

        public HashSet<string> Areas => _areas ?? NoStrings;

        public List<Evidence> Evidence => _evidence ??= [];

        public void AddAffiliation(string affiliation) => (_affiliations ??= new(StringComparer.Ordinal)).Add(affiliation);

        public void AddArea(string area) => (_areas ??= new(StringComparer.Ordinal)).Add(area);

        public void AddEvidence(Evidence evidence)
        {
            // One entry per distinct fact: a name written identically a thousand times is one fact. People have
            // a few facts each, so a scan is cheaper than a hash set per person.
            var list = Evidence;
            foreach (var known in list)
            {
                if (string.Equals(known.Description, evidence.Description, StringComparison.Ordinal))
                {
                    return;
                }
            }

            list.Add(evidence);
        }

        public void Absorb(ClusterData other)
        {
            FirstMention = Math.Min(FirstMention, other.FirstMention);
            Size += other.Size;
            Records.UnionWith(other.Records);
            Papers.UnionWith(other.Papers);
            Coauthors.UnionWith(other.Coauthors);
            Groups.UnionWith(other.Groups);
            foreach (var affiliation in other.Affiliations)
            {
                AddAffiliation(affiliation);
            }

            foreach (var area in other.Areas)
            {
                AddArea(area);
            }

            if (other._evidence is { } evidence)
            {
                foreach (var item in evidence)
                {
                    AddEvidence(item);
                }
            }
        }
    }
}
