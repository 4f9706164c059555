using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Identity;

/// <summary>
/// Decides which author mentions across many parsed pages are the same person, and which paper
/// records are the same paper, with the evidence for every merge.
/// </summary>
/// <remarks>
/// <para>
/// Papers match on their folded titles (case, punctuation, LaTeX and accents folded, small edits
/// tolerated), compatible years and overlapping authors. People are blocked by name keys (both
/// name orders) and merged on name agreement: names written alike (up to Unicode composition and
/// white space) merge outright, unless the name is so common that two people may share it; spellings
/// that only fold alike (<c>Marek Suppa</c> / <c>Marek Šuppa</c>) or are only compatible
/// (<c>J. Kwon</c> / <c>Junehyoung Kwon</c>) need a shared paper, coauthor or affiliation. Hard rules: two authors of one paper are never one person;
/// incompatible names never merge; a page's subject is the author of the papers on the page.
/// </para>
/// <para>The result does not depend on the order of the documents; the resolver is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var graph = new IdentityResolver().Resolve(pages.Select(p => PaperParser.Parse(p)));
/// foreach (var person in graph.Authors)
///     Console.WriteLine($"{person.PreferredName}: {person.PaperIds.Count} papers");
/// </code>
/// </example>
public sealed class IdentityResolver
{
    /// <summary>Creates a resolver.</summary>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="IdentityResolverOptions.Default"/>.</param>
    public IdentityResolver(IdentityResolverOptions? options = null) => Options = options ?? IdentityResolverOptions.Default;

    /// <summary>The options.</summary>
    public IdentityResolverOptions Options { get; }

    /// <summary>Resolves the people and papers of some documents.</summary>
    /// <param name="documents">Parsed documents, from any formats; duplicates are ignored.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public ScholarlyGraph Resolve(IEnumerable<ParsedDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return new ResolverRun(Options, cancellationToken).Run(documents);
    }
}
