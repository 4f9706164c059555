using System.Globalization;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Names;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Serialization;

namespace Scholarly.Parsing.Identity;

/// <summary>One resolution: papers first (author matching uses them), then people. Not thread-safe; one per call.</summary>
internal sealed class ResolverRun(IdentityResolverOptions options, CancellationToken cancellationToken)
{
    private const int BlockKeyLength = 24;
    private const int MaxBlockSize = 256;
    private const int LargeNameBlock = 64;

    // Up to this many part pairs, two compatible names' parts are all compared; beyond, only those sharing a feature.
    private const int SmallEdge = 64;

    // How many mentions of a name chance alone must be expected to produce for the name to count as common.
    private const double CommonNameExpectation = 0.15;

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, PreparedName> _prepared = new(StringComparer.Ordinal);
    private List<ParsedDocument> _documents = [];
    private readonly List<PaperRecord> _records = [];
    private readonly List<int> _recordDocument = [];
    private int[] _paperOfRecord = [];
    private readonly List<Mention> _mentions = [];
    private int[] _firstMentionOfRecord = [];

    public ScholarlyGraph Run(IEnumerable<ParsedDocument> documents)
    {
        _documents = CanonicalOrder(documents);
        var documentIds = _documents.Select((_, i) => "d" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        for (var d = 0; d < _documents.Count; d++)
        {
            var papers = _documents[d].Papers;
            for (var p = 0; p < papers.Count; p++)
            {
                _records.Add(new PaperRecord { DocumentId = documentIds[d], PaperIndex = p, Paper = papers[p] });
                _recordDocument.Add(d);
            }
        }

        var (paperClusters, paperEvidence) = ResolvePapers();
        var authorClusters = ResolveAuthors(documentIds);
        return Build(documentIds, paperClusters, paperEvidence, authorClusters);
    }

    // Sorting by content (not arrival) makes every id and every tie-break independent of the input order.
    private List<ParsedDocument> CanonicalOrder(IEnumerable<ParsedDocument> documents)
    {
        var distinct = new List<ParsedDocument>();
        var seen = new HashSet<ParsedDocument>();
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            if (!seen.Add(document))
            {
                _diagnostics.Add(new Diagnostic
                {
                    Code = DiagnosticCodes.DuplicateSection,
                    Severity = DiagnosticSeverity.Info,
                    Message = $"A document ({document.FormatId ?? "no format"}, {document.Papers.Count} papers) was given more than once; the copies were ignored.",
                });
                continue;
            }

            distinct.Add(document);
        }

        // The full serialisation breaks ties only where the cheap key does, so large inputs are not serialised whole.
        var keyed = distinct.Select(d => (Document: d, Key: OrderKey(d))).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
        var ordered = new List<ParsedDocument>(keyed.Count);
        for (var start = 0; start < keyed.Count;)
        {
            var end = start + 1;
            while (end < keyed.Count && keyed[end].Key == keyed[start].Key)
            {
                end++;
            }

            ordered.AddRange(end - start == 1
                ? [keyed[start].Document]
                : keyed.GetRange(start, end - start).Select(x => x.Document).OrderBy(ScholarlyJson.Serialize, StringComparer.Ordinal));
            start = end;
        }

        return ordered;
    }

    private static string OrderKey(ParsedDocument document) => string.Join('\u0001',
        document.FormatId ?? "",
        document.Source?.Uri?.ToString() ?? "",
        document.Subject?.Name.Written ?? "",
        document.Papers.Count.ToString("D9", CultureInfo.InvariantCulture),
        string.Join('\u0002', document.Papers.Select(p => p.Title)));

    private (List<List<int>> Clusters, Dictionary<int, List<Evidence>> Evidence) ResolvePapers()
    {
        var keys = _records.Select(r => TitleKey.Fold(r.Paper.Title)).ToArray();
        var sets = new UnionFind(_records.Count);
        var evidence = new Dictionary<int, List<Evidence>>();

        // Titles that differ by small edits still share their beginning or their end.
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length == 0)
            {
                continue;
            }

            AddToBlock(blocks, "<" + keys[i][..Math.Min(BlockKeyLength, keys[i].Length)], i);
            AddToBlock(blocks, ">" + keys[i][^Math.Min(BlockKeyLength, keys[i].Length)..], i);
        }

        foreach (var block in blocks.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var x = 0; x < block.Count; x++)
            {
                for (var y = x + 1; y < block.Count && y < x + MaxBlockSize; y++)
                {
                    var (i, j) = (block[x], block[y]);
                    if (sets.Find(i) == sets.Find(j) || !SamePaper(i, j, keys, out var reasons))
                    {
                        continue;
                    }

                    var root = sets.Union(i, j);
                    var list = evidence.TryGetValue(root, out var existing) ? existing : evidence[root] = [];
                    list.AddRange(reasons);
                }
            }
        }

        var clusters = Group(sets, _records.Count);
        _paperOfRecord = new int[_records.Count];
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var record in clusters[c])
            {
                _paperOfRecord[record] = c;
            }
        }

        return (clusters, evidence.ToDictionary(kv => _paperOfRecord[kv.Key], kv => kv.Value));
    }

    private bool SamePaper(int i, int j, string[] keys, out List<Evidence> reasons)
    {
        reasons = [];
        var a = _records[i];
        var b = _records[j];
        var similarity = TitleKey.Similarity(keys[i], keys[j], options.TitleThreshold);
        if (similarity < options.TitleThreshold)
        {
            return false;
        }

        var yearA = a.Paper.Date?.Year ?? a.Paper.Venue?.Year;
        var yearB = b.Paper.Date?.Year ?? b.Paper.Venue?.Year;
        if (yearA is { } ya && yearB is { } yb && Math.Abs(ya - yb) > options.MaxYearGap)
        {
            return false;
        }

        var sharedAuthor = SharedAuthor(a.Paper, b.Paper);
        if (sharedAuthor is null && !a.Paper.Authors.IsEmpty && !b.Paper.Authors.IsEmpty)
        {
            return false;
        }

        reasons.Add(new Evidence
        {
            Kind = EvidenceKind.TitleAgreement,
            Description = similarity >= 1
                ? $"{Describe(a)} and {Describe(b)} have the same title once case, punctuation and accents are folded"
                : string.Create(CultureInfo.InvariantCulture, $"{Describe(a)} and {Describe(b)} have titles {similarity:P0} alike"),
            Score = similarity,
        });
        if (yearA is not null && yearB is not null)
        {
            reasons.Add(new Evidence { Kind = EvidenceKind.YearAgreement, Description = $"{Describe(a)} is from {yearA}, {Describe(b)} from {yearB}", Score = yearA == yearB ? 1 : 0.5 });
        }

        if (sharedAuthor is not null)
        {
            reasons.Add(new Evidence { Kind = EvidenceKind.AuthorOverlap, Description = $"both list {sharedAuthor}", Score = 1 });
        }

        return true;
    }

    private string? SharedAuthor(Paper a, Paper b)
    {
        foreach (var x in a.Authors.AsSpan()[..Math.Min(a.Authors.Count, 12)])
        {
            var px = Prepare(x);
            foreach (var y in b.Authors.AsSpan()[..Math.Min(b.Authors.Count, 12)])
            {
                var py = Prepare(y);
                if (NameMatcher.Compare(px, py).Score >= options.NameThreshold)
                {
                    return x.Written == y.Written ? $"\"{x.Written}\"" : $"\"{x.Written}\" / \"{y.Written}\"";
                }
            }
        }

        return null;
    }

    private List<AuthorCluster> ResolveAuthors(string[] documentIds)
    {
        // Mentions in canonical order: every paper's authors, then every page's subject.
        _firstMentionOfRecord = new int[_records.Count];
        var groupIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var groupNames = new List<PreparedName>();
        for (var r = 0; r < _records.Count; r++)
        {
            var paper = _records[r].Paper;
            for (var p = 0; p < paper.Authors.Count; p++)
            {
                AddMention(paper.Authors[p], _recordDocument[r], r, p, paper.Source);
            }
        }

        for (var d = 0; d < _documents.Count; d++)
        {
            if (_documents[d].Subject is { } subject)
            {
                AddMention(subject.Name, d, -1, -1, subject.Source);
            }
        }

        void AddMention(PersonName name, int document, int record, int position, SourceInfo? source)
        {
            if (record >= 0 && position == 0)
            {
                _firstMentionOfRecord[record] = _mentions.Count;
            }

            var prepared = Prepare(name);

            // A group is one spelling: names written alike (whatever parts the source split them into, and
            // whatever their letter case: MiHyeon Kim / Mihyeon Kim) are the plain case; spellings that only
            // fold alike (Marek Suppa / Marek Šuppa) meet as compatible names.
            var key = prepared.FamilyKey.Length + prepared.GivenKey.Length == 0
                ? "\u0000" + _mentions.Count.ToString(CultureInfo.InvariantCulture) // nothing to compare: a person of its own
                : SpellingKey(name.Written);
            if (!groupIds.TryGetValue(key, out var group))
            {
                group = groupNames.Count;
                groupIds.Add(key, group);
                groupNames.Add(prepared);
            }

            _mentions.Add(new Mention(name, document, record, position, group, source));
        }

        var clusters = new ClusterSet(_mentions, _records, _paperOfRecord, _documents);

        // 1. Names written alike are one person, except two authors of one paper.
        var groupClusters = new List<List<int>>(groupNames.Count);
        for (var g = 0; g < groupNames.Count; g++)
        {
            groupClusters.Add([]);
        }

        // Names so common that two people may well share them (Yang Liu, Qi Li) need a second fact even when identical.
        var common = CommonGroups(groupNames);

        // A common name's parts indexed by what could corroborate them (papers, coauthors, affiliations, areas),
        // so a new mention is compared only with the parts it shares something with, not with every part.
        var indexes = new Dictionary<int, FeatureIndex>();
        var features = new List<long>();
        for (var m = 0; m < _mentions.Count; m++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var group = _mentions[m].Group;
            var own = groupClusters[group];
            if (common[group])
            {
                JoinCorroborated(clusters, m, own, indexes.TryGetValue(group, out var index) ? index : indexes[group] = new FeatureIndex(), features);
                continue;
            }

            var joined = false;
            foreach (var existing in own)
            {
                var root = clusters.Root(existing);
                if (clusters.CanJoin(root, m))
                {
                    clusters.Join(root, m, NameEvidence(clusters.FirstMentionOf(root), m, "written alike once white space and Unicode composition are normalised", 1));
                    joined = true;
                    break;
                }
            }

            if (!joined)
            {
                own.Add(m);
            }
        }

        foreach (var (g, index) in indexes.OrderBy(kv => kv.Key))
        {
            cancellationToken.ThrowIfCancellationRequested();
            MergeCorroboratedParts(clusters, index);
            var own = groupClusters[g];
            // What is left of a common name without an affiliation of its own cannot be told apart: one person.
            // Parts with an affiliation that no other part shares stay apart (Qi Li of Iowa State, Jing Huang of Stanford).
            var anchor = -1;
            for (var x = 0; x < own.Count; x++)
            {
                var root = clusters.Root(own[x]);
                if (clusters.HasAffiliations(root))
                {
                    continue;
                }

                if (anchor < 0)
                {
                    anchor = own[x];
                }
                else if (clusters.Root(anchor) != root && clusters.CanMerge(clusters.Root(anchor), root))
                {
                    clusters.Merge(clusters.Root(anchor), root, NameEvidence(anchor, own[x], "written alike once white space and Unicode composition are normalised", 1));
                }
            }
        }

        // 2. A page's subject is the author of the papers on the page.
        for (var m = 0; m < _mentions.Count; m++)
        {
            var subject = _mentions[m];
            if (subject.Record >= 0)
            {
                continue;
            }

            var preparedSubject = Prepare(subject.Name);
            foreach (var r in RecordsOf(subject.Document))
            {
                clusters.Own(m, _paperOfRecord[r]);
                var best = BestAuthor(preparedSubject, r);
                if (best >= 0 && clusters.Root(best) != clusters.Root(m) && clusters.CanMerge(clusters.Root(best), clusters.Root(m)))
                {
                    clusters.Merge(clusters.Root(m), clusters.Root(best), new Evidence
                    {
                        Kind = EvidenceKind.PageOwner,
                        Description = $"\"{subject.Name.Written}\" is the subject of {documentIds[subject.Document]}, which lists a paper by \"{_mentions[best].Name.Written}\"",
                        Score = 1,
                    });
                }
            }
        }

        // 3. Compatible spellings in the same block, strongest first, when a second fact agrees.
        var partIndex = new PartIndex();

        // Parts merged since they were listed are one part now: each name keeps one entry per person.
        var roots = new HashSet<int>();
        foreach (var own in groupClusters)
        {
            if (own.Count > 1)
            {
                roots.Clear();
                own.RemoveAll(m => !roots.Add(clusters.Root(m)));
            }
        }

        foreach (var (score, ga, gb, result) in CandidateEdges(groupNames))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (partsA, partsB) = (groupClusters[ga], groupClusters[gb]);
            if (!options.CorroborateCompatibleNames || (long)partsA.Count * partsB.Count <= SmallEdge)
            {
                foreach (var ma in partsA)
                {
                    foreach (var mb in partsB)
                    {
                        TryMergeCompatible(ma, mb, score, result);
                    }
                }

                continue;
            }

            // Many parts on both sides (common names kept apart): only parts that share a feature can corroborate.
            partIndex.Clear();
            for (var y = 0; y < partsB.Count; y++)
            {
                features.Clear();
                clusters.Features(clusters.Root(partsB[y]), -1, features);
                partIndex.Add(features, y);
            }

            foreach (var ma in partsA)
            {
                features.Clear();
                clusters.Features(clusters.Root(ma), -1, features);
                foreach (var y in partIndex.Candidates(features, partsB.Count))
                {
                    TryMergeCompatible(ma, partsB[y], score, result);
                }
            }
        }

        bool TryMergeCompatible(int ma, int mb, float score, NameMatchResult result)
        {
            var (ra, rb) = (clusters.Root(ma), clusters.Root(mb));
            if (ra == rb || !clusters.CanMerge(ra, rb) || !NamesCompatible(clusters, ra, rb, groupNames))
            {
                return false;
            }

            var support = clusters.Corroboration(ra, rb);
            if (support is null && options.CorroborateCompatibleNames)
            {
                return false;
            }

            clusters.Merge(ra, rb, NameEvidence(ma, mb, $"{result.Verdict}: {result.Reason}", score));
            if (support is not null)
            {
                clusters.AddEvidence(clusters.Root(ra), support);
            }

            return true;
        }

        return clusters.Clusters();
    }

    /// <summary>
    /// Joins a mention of a common name to the first part (in mention order) that a second fact ties it to, or
    /// makes it a part of its own; only parts sharing one of its features are looked at.
    /// </summary>
    private void JoinCorroborated(ClusterSet clusters, int m, List<int> own, FeatureIndex index, List<long> features)
    {
        features.Clear();
        clusters.Features(m, _mentions[m].Group, features);
        var candidates = index.Candidates(features);
        var joinedTo = -1;
        foreach (var entry in candidates)
        {
            var root = clusters.Root(entry);
            if (!clusters.CanJoin(root, m) || clusters.Corroboration(root, clusters.Root(m)) is not { } support)
            {
                continue;
            }

            // Only what the part did not have yet goes into the index, so no list repeats an entry.
            features.RemoveAll(f => clusters.HasFeature(root, f));
            clusters.Join(root, m, NameEvidence(clusters.FirstMentionOf(root), m, "written alike once white space and Unicode composition are normalised", 1));
            clusters.AddEvidence(clusters.Root(m), support);
            joinedTo = entry;
            break;
        }

        if (joinedTo < 0)
        {
            own.Add(m);
            joinedTo = m;
        }

        index.Add(features, joinedTo);
    }

    /// <summary>
    /// Mentions joined later may tie together parts of a common name kept apart so far: parts that share a
    /// feature are merged when a second fact agrees (and no paper has both), until nothing changes.
    /// </summary>
    private void MergeCorroboratedParts(ClusterSet clusters, FeatureIndex index)
    {
        var roots = new List<int>();
        for (var changed = true; changed;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            changed = false;
            foreach (var entries in index.Lists)
            {
                if (entries.Count < 2)
                {
                    continue;
                }

                roots.Clear();
                foreach (var entry in entries)
                {
                    var root = clusters.Root(entry);
                    if (!roots.Contains(root))
                    {
                        roots.Add(root);
                    }
                }

                for (var y = 1; y < roots.Count; y++)
                {
                    for (var x = 0; x < y; x++)
                    {
                        var (ra, rb) = (clusters.Root(roots[x]), clusters.Root(roots[y]));
                        if (ra == rb || !clusters.CanMerge(ra, rb) || clusters.Corroboration(ra, rb) is not { } support)
                        {
                            continue;
                        }

                        clusters.Merge(ra, rb, NameEvidence(clusters.FirstMentionOf(ra), clusters.FirstMentionOf(rb), "written alike once white space and Unicode composition are normalised", 1));
                        clusters.AddEvidence(clusters.Root(ra), support);
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    // Spellings compare after Unicode composition and with runs of white space as one space.
    private static string SpellingKey(string written)
    {
        var plain = written.IsNormalized(System.Text.NormalizationForm.FormC);
        for (var i = 0; plain && i < written.Length; i++)
        {
            plain = !char.IsWhiteSpace(written[i]) || written[i] == ' ' && i > 0 && i < written.Length - 1 && written[i - 1] != ' ';
        }

        // Nearly every name is already composed and singly spaced: no copy then.
        return plain ? written : string.Join(' ', written.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Which name groups are common: the family name occurs with other given names, and the given name with
    /// other family names, so often that this exact name is expected by chance at least
    /// <see cref="CommonNameExpectation"/> times among the mentions.
    /// </summary>
    private bool[] CommonGroups(List<PreparedName> groupNames)
    {
        // Counted by folded name, not by spelling: Young-Bum Kim and Youngbum Kim are one name here.
        var groupCount = new int[groupNames.Count];
        var folded = new Dictionary<(string, string), int>();
        var family = new Dictionary<string, int>(StringComparer.Ordinal);
        var given = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in _mentions)
        {
            groupCount[mention.Group]++;
        }

        for (var g = 0; g < groupNames.Count; g++)
        {
            var key = (groupNames[g].FamilyKey, groupNames[g].GivenKey);
            folded[key] = folded.GetValueOrDefault(key) + groupCount[g];
        }

        foreach (var mention in _mentions)
        {
            var name = groupNames[mention.Group];
            if (name.FamilyKey.Length > 0 && name.GivenKey.Length > 0)
            {
                family[name.FamilyKey] = family.GetValueOrDefault(name.FamilyKey) + 1;
                given[name.GivenKey] = given.GetValueOrDefault(name.GivenKey) + 1;
            }
        }

        var common = new bool[groupNames.Count];
        for (var g = 0; g < common.Length; g++)
        {
            var name = groupNames[g];
            if (groupCount[g] < 2 || name.FamilyKey.Length == 0 || name.GivenKey.Length == 0)
            {
                continue;
            }

            var count = folded[(name.FamilyKey, name.GivenKey)];
            double otherFamily = family.GetValueOrDefault(name.FamilyKey) - count;
            double otherGiven = given.GetValueOrDefault(name.GivenKey) - count;
            common[g] = otherFamily * otherGiven / _mentions.Count >= CommonNameExpectation;
        }

        return common;
    }

    // Records are added document by document, so a document's records are one contiguous range.
    private IEnumerable<int> RecordsOf(int document)
    {
        var first = _recordDocument.BinarySearch(document);
        if (first < 0)
        {
            yield break;
        }

        while (first > 0 && _recordDocument[first - 1] == document)
        {
            first--;
        }

        for (var r = first; r < _recordDocument.Count && _recordDocument[r] == document; r++)
        {
            yield return r;
        }
    }

    // A record's mentions are contiguous (added author by author); records without authors have an empty range.
    private int BestAuthor(PreparedName subject, int record)
    {
        var best = -1;
        var bestScore = options.NameThreshold;
        var first = _records[record].Paper.Authors.IsEmpty ? _mentions.Count : _firstMentionOfRecord[record];
        for (var m = first; m < _mentions.Count && _mentions[m].Record == record; m++)
        {

            var score = NameMatcher.Compare(subject, Prepare(_mentions[m].Name)).Score;
            if (score >= bestScore && (best < 0 || score > bestScore))
            {
                best = m;
                bestScore = score;
            }
        }

        return best;
    }

    private IEnumerable<(float Score, int A, int B, NameMatchResult Result)> CandidateEdges(List<PreparedName> groupNames)
    {
        var blocks = new Dictionary<string, List<(int Group, string Side)>>(StringComparer.Ordinal);
        for (var g = 0; g < groupNames.Count; g++)
        {
            var (family, given) = (groupNames[g].FamilyKey, groupNames[g].GivenKey);
            if (family.Length == 0)
            {
                continue;
            }

            // Family name + first initial, and the same with the parts swapped (family name written first).
            var key = given.Length == 0 ? family + "|" : string.Concat(family, "|", given.AsSpan(0, 1));
            AddToBlock(blocks, key, (g, given));
            if (given.Length > 0)
            {
                var swapped = string.Concat(given, "|", family.AsSpan(0, 1));
                if (swapped != key)
                {
                    AddToBlock(blocks, swapped, (g, family));
                }
            }
        }

        var edges = new List<(float, int, int, NameMatchResult)>();
        var seen = new HashSet<(int, int)>();
        void Consider(int x, int y)
        {
            var (a, b) = x < y ? (x, y) : (y, x);
            if (a == b || !seen.Add((a, b)))
            {
                return;
            }

            var result = NameMatcher.Compare(groupNames[a], groupNames[b]);
            if (result.IsMatch && result.Score >= options.NameThreshold)
            {
                edges.Add((result.Score, a, b, result));
            }
        }

        foreach (var block in blocks.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (block.Count <= LargeNameBlock)
            {
                for (var x = 0; x < block.Count; x++)
                {
                    for (var y = x + 1; y < block.Count; y++)
                    {
                        Consider(block[x].Group, block[y].Group);
                    }
                }

                continue;
            }

            // A large block (Kim|j, Wang|y) is split by the first letters of the other name part: full names meet
            // only names that begin alike (a middle name added or dropped keeps the beginning); initials meet all.
            var initials = block.Where(e => e.Side.Length <= 2).Select(e => e.Group).ToList();
            foreach (var part in block.Where(e => e.Side.Length > 2).GroupBy(e => e.Side[..3], StringComparer.Ordinal))
            {
                var members = part.Select(e => e.Group).ToList();
                for (var x = 0; x < members.Count; x++)
                {
                    for (var y = x + 1; y < members.Count; y++)
                    {
                        Consider(members[x], members[y]);
                    }
                }
            }

            foreach (var initial in initials)
            {
                foreach (var entry in block)
                {
                    Consider(initial, entry.Group);
                }
            }
        }

        return edges.OrderByDescending(e => e.Item1).ThenBy(e => e.Item2).ThenBy(e => e.Item3);
    }

    private bool NamesCompatible(ClusterSet clusters, int ra, int rb, List<PreparedName> groupNames)
    {
        foreach (var ga in clusters.Groups(ra))
        {
            foreach (var gb in clusters.Groups(rb))
            {
                if (ga != gb && NameMatcher.Compare(groupNames[ga], groupNames[gb]).Score < options.NameThreshold)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private Evidence NameEvidence(int a, int b, string how, double score) => new()
    {
        Kind = EvidenceKind.NameAgreement,
        Description = _mentions[a].Name.Written == _mentions[b].Name.Written
            ? $"\"{_mentions[a].Name.Written}\" is written identically"
            : $"\"{_mentions[a].Name.Written}\" and \"{_mentions[b].Name.Written}\" are {how}",
        Score = score,
    };

    private PreparedName Prepare(PersonName name)
    {
        if (!_prepared.TryGetValue(name.Written, out var prepared) || !ReferenceEquals(prepared.Name, name) && prepared.Name != name)
        {
            prepared = NameMatcher.Prepare(name);
            _prepared[name.Written] = prepared;
        }

        return prepared;
    }

    private static string Describe(PaperRecord record) => $"paper {record.PaperIndex + 1} of {record.DocumentId}";

    private ScholarlyGraph Build(string[] documentIds, List<List<int>> paperClusters, Dictionary<int, List<Evidence>> paperEvidence, List<AuthorCluster> authorClusters)
    {
        var authorIdOfMention = new string[_mentions.Count];
        var authorIds = new string[authorClusters.Count];
        for (var a = 0; a < authorClusters.Count; a++)
        {
            authorIds[a] = "a" + a.ToString(CultureInfo.InvariantCulture);
            foreach (var m in authorClusters[a].Mentions)
            {
                authorIdOfMention[m] = authorIds[a];
            }
        }

        var mentionOf = new Dictionary<(int Record, int Position), int>();
        for (var m = 0; m < _mentions.Count; m++)
        {
            if (_mentions[m].Record >= 0)
            {
                mentionOf[(_mentions[m].Record, _mentions[m].Position)] = m;
            }
        }

        var papers = new List<ResolvedPaper>(paperClusters.Count);
        for (var c = 0; c < paperClusters.Count; c++)
        {
            var records = paperClusters[c].Select(r => _records[r]).ToList();
            var (merged, authorRecord, sources) = PaperMerger.Merge(records);
            var recordIndex = paperClusters[c][authorRecord];
            papers.Add(new ResolvedPaper
            {
                Id = PaperId(c),
                Paper = merged,
                Records = [.. records],
                FieldSources = [.. sources],
                AuthorIds = [.. Enumerable.Range(0, merged.Authors.Count).Select(p => mentionOf.TryGetValue((recordIndex, p), out var m) ? authorIdOfMention[m] : "")],
                Evidence = paperEvidence.TryGetValue(c, out var evidence) ? [.. evidence] : default,
            });
        }

        var authors = new List<ResolvedAuthor>(authorClusters.Count);
        for (var a = 0; a < authorClusters.Count; a++)
        {
            authors.Add(BuildAuthor(authorIds[a], authorClusters[a], documentIds));
        }

        return new ScholarlyGraph
        {
            Documents = [.. _documents.Select((d, i) => new ResolvedDocument { Id = documentIds[i], FormatId = d.FormatId, Source = d.Source })],
            Authors = [.. authors],
            Papers = [.. papers],
            Diagnostics = [.. _diagnostics],
        };
    }

    private ResolvedAuthor BuildAuthor(string id, AuthorCluster cluster, string[] documentIds)
    {
        var mentions = cluster.Mentions.Select(m => _mentions[m]).ToList();
        var subjectSpellings = mentions.Where(m => m.Record < 0).Select(m => m.Name.Written).ToHashSet(StringComparer.Ordinal);
        var spellings = mentions
            .GroupBy(m => m.Name.Written, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => subjectSpellings.Contains(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Name)
            .ToList();

        var subjects = mentions.Where(m => m.Record < 0).Select(m => _documents[m.Document].Subject!).ToList();
        var paperIds = cluster.Papers.Order().Select(PaperId);
        return new ResolvedAuthor
        {
            Id = id,
            PreferredName = spellings[0],
            Names = [.. spellings],
            PaperIds = [.. paperIds],
            Mentions = [.. mentions.Select(m => new AuthorMention
            {
                Name = m.Name,
                Role = m.Record < 0 ? MentionRole.PageSubject : MentionRole.PaperAuthor,
                DocumentId = documentIds[m.Document],
                PaperIndex = m.Record < 0 ? -1 : _records[m.Record].PaperIndex,
                Position = m.Position,
                Source = m.Source,
            })],
            Affiliations = [.. subjects.SelectMany(s => s.Affiliations).Concat(mentions.Where(m => m.Record >= 0).SelectMany(m =>
                _records[m.Record].Paper.AuthorAffiliations.Where(a => a.AuthorIndex == m.Position).Select(a => a.Affiliation))).Distinct()],
            Metrics = [.. subjects.SelectMany(s => s.Metrics)],
            ResearchAreas = [.. subjects.SelectMany(s => s.ResearchAreas).Distinct(StringComparer.Ordinal)],
            Identifiers = [.. subjects.SelectMany(s => s.Identifiers).Distinct()],
            Evidence = [.. cluster.Evidence],
        };
    }

    private static string PaperId(int index) => "p" + index.ToString(CultureInfo.InvariantCulture);

    private static void AddToBlock<T>(Dictionary<string, List<T>> blocks, string key, T item)
    {
        if (!blocks.TryGetValue(key, out var list))
        {
            blocks.Add(key, list = []);
        }

        list.Add(item);
    }

    private static List<List<int>> Group(UnionFind sets, int count)
    {
        var byRoot = new Dictionary<int, List<int>>();
        var order = new List<List<int>>();
        for (var i = 0; i < count; i++)
        {
            var root = sets.Find(i);
            if (!byRoot.TryGetValue(root, out var members))
            {
                byRoot.Add(root, members = []);
                order.Add(members);
            }

            members.Add(i);
        }

        return order;
    }
}
