using Scholarly.Parsing.Names;

namespace Scholarly.Parsing.Identity;

/// <summary>Settings of an <see cref="IdentityResolver"/>. Immutable.</summary>
public sealed record IdentityResolverOptions
{
    /// <summary>The default options.</summary>
    public static IdentityResolverOptions Default { get; } = new();

    /// <summary>The smallest <see cref="NameMatcher"/> score for two spellings to be taken as one person's (default <see cref="NameMatcher.DefaultThreshold"/>).</summary>
    public float NameThreshold { get; init; } = NameMatcher.DefaultThreshold;

    /// <summary>The smallest similarity (0–1) of two folded titles for two records to be one paper (default 0.92).</summary>
    public double TitleThreshold { get; init; } = 0.92;

    /// <summary>How many years two records of one paper may lie apart (a preprint may precede its venue; default 1).</summary>
    public int MaxYearGap { get; init; } = 1;

    /// <summary>
    /// Whether spellings that are only compatible (an initial for a given name, the other name order,
    /// a similar spelling, the same name once case, accents, hyphens and spaces are folded) need a second
    /// fact — a shared paper, coauthor, affiliation or page — to be merged (default <see langword="true"/>).
    /// Names written alike (up to Unicode composition and white space) never do, unless they are common.
    /// </summary>
    public bool CorroborateCompatibleNames { get; init; } = true;
}
