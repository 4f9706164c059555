namespace Scholarly.Parsing.Model;

/// <summary>
/// An institution given for one author of a paper (rather than for the paper's authors as a group),
/// e.g. ACL Anthology's <c>&lt;author&gt;…&lt;affiliation&gt;</c>.
/// </summary>
public sealed record AuthorAffiliation
{
    /// <summary>The 0-based position of the author in <see cref="Paper.Authors"/>.</summary>
    public int AuthorIndex { get; init; }

    /// <summary>The institution.</summary>
    public Affiliation Affiliation { get; init; } = new();
}
