using Scholarly.Parsing.Model;
using Scholarly.Parsing.Names;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Identity;

/// <summary>
/// What <see cref="IdentityResolver.Resolve"/> found: one record per real person and per real paper,
/// each with its mentions or versions, merged fields, provenance and the evidence for every merge.
/// </summary>
public sealed record ScholarlyGraph
{
    /// <summary>The documents resolved, under the ids mentions refer to.</summary>
    public EquatableArray<ResolvedDocument> Documents { get; init; }

    /// <summary>The people.</summary>
    public EquatableArray<ResolvedAuthor> Authors { get; init; }

    /// <summary>The papers.</summary>
    public EquatableArray<ResolvedPaper> Papers { get; init; }

    /// <summary>What the resolver noticed (skipped mentions, duplicate documents, …).</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>Finds a person by id.</summary>
    /// <param name="id">An id such as <c>a3</c>.</param>
    public ResolvedAuthor? FindAuthor(string id) => Authors.FirstOrDefault(a => a.Id == id);

    /// <summary>Finds a paper by id.</summary>
    /// <param name="id">An id such as <c>p3</c>.</param>
    public ResolvedPaper? FindPaper(string id) => Papers.FirstOrDefault(p => p.Id == id);

    /// <summary>The person a mention was resolved to.</summary>
    /// <param name="mention">A mention from some <see cref="ResolvedAuthor.Mentions"/>.</param>
    public ResolvedAuthor? FindAuthorOf(AuthorMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return Authors.FirstOrDefault(a => a.Mentions.AsSpan().Contains(mention));
    }

    /// <summary>The people any of whose spellings is written exactly <paramref name="writtenName"/>.</summary>
    /// <param name="writtenName">A name as written, e.g. <c>MiHyeon Kim</c>.</param>
    public IEnumerable<ResolvedAuthor> FindAuthorsByName(string writtenName)
    {
        ArgumentNullException.ThrowIfNull(writtenName);
        return Authors.Where(a => a.Names.Any(n => n.Written == writtenName));
    }

    /// <summary>Says why two mentions were or were not taken as the same person.</summary>
    /// <param name="a">A mention from this graph.</param>
    /// <param name="b">Another mention from this graph.</param>
    /// <exception cref="ArgumentException">A mention is not in this graph.</exception>
    public MergeExplanation Explain(AuthorMention a, AuthorMention b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var authorA = FindAuthorOf(a) ?? throw new ArgumentException("The mention is not in this graph.", nameof(a));
        var authorB = FindAuthorOf(b) ?? throw new ArgumentException("The mention is not in this graph.", nameof(b));
        var same = authorA.Id == authorB.Id;
        var nameMatch = NameMatcher.Compare(a.Name, b.Name);

        var blockers = new List<string>();
        if (a.Role == MentionRole.PaperAuthor && b.Role == MentionRole.PaperAuthor
            && a.DocumentId == b.DocumentId && a.PaperIndex == b.PaperIndex && a.Position != b.Position)
        {
            blockers.Add($"they are two different authors ({a.Position + 1} and {b.Position + 1}) of one paper");
        }

        if (!nameMatch.IsMatch)
        {
            blockers.Add($"the names are incompatible: {nameMatch.Reason}");
        }

        var evidence = new List<Evidence>
        {
            new() { Kind = EvidenceKind.NameAgreement, Description = $"\"{a.Name.Written}\" vs \"{b.Name.Written}\": {nameMatch.Verdict}, {nameMatch.Reason}", Score = nameMatch.Score },
        };

        var sharedPapers = authorA.PaperIds.Intersect(authorB.PaperIds).ToList();
        if (!same && sharedPapers.Count > 0)
        {
            evidence.Add(new Evidence { Kind = EvidenceKind.SharedPaper, Description = $"both are on {string.Join(", ", sharedPapers)}", Score = 1 });
        }

        // For one person every coauthor is "shared"; the overlap says something only between two people.
        var coauthors = same ? [] : CoauthorIds(authorA).Intersect(CoauthorIds(authorB)).Where(id => id != authorA.Id && id != authorB.Id).ToList();
        if (coauthors.Count > 0)
        {
            var names = coauthors.Take(3).Select(id => FindAuthor(id)?.PreferredName.Written);
            evidence.Add(new Evidence { Kind = EvidenceKind.CoauthorOverlap, Description = $"{coauthors.Count} coauthor(s) in common: {string.Join(", ", names)}", Score = Math.Min(1, coauthors.Count / 3.0) });
        }

        if (same)
        {
            evidence.AddRange(authorA.Evidence.Where(e =>
                e.Description.Contains(a.Name.Written, StringComparison.Ordinal) || e.Description.Contains(b.Name.Written, StringComparison.Ordinal)));
        }

        var summary = same
            ? $"{a} and {b} were taken as one person, {authorA.PreferredName.Written} ({authorA.Id}): {string.Join("; ", evidence.Select(e => e.Description).Distinct())}."
            : $"{a} and {b} were kept apart ({authorA.Id}, {authorB.Id}): "
              + (blockers.Count > 0 ? string.Join("; ", blockers) : "the names are only compatible and no shared paper, coauthor or affiliation corroborates them") + ".";

        return new MergeExplanation
        {
            SamePerson = same,
            NameMatch = nameMatch,
            Evidence = [.. evidence],
            Blockers = [.. blockers],
            Summary = summary,
        };
    }

    private HashSet<string> CoauthorIds(ResolvedAuthor author)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paperId in author.PaperIds)
        {
            if (FindPaper(paperId) is { } paper)
            {
                ids.UnionWith(paper.AuthorIds.Where(id => id.Length > 0));
            }
        }

        return ids;
    }
}
