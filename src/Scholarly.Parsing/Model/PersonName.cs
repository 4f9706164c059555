using Scholarly.Parsing.Names;

namespace Scholarly.Parsing.Model;

/// <summary>A person's name as written on a page, with its split into parts.</summary>
/// <remarks>
/// Equality compares the name as written and every part: <c>MiHyeon Kim</c> and <c>Mihyeon Kim</c>
/// are different names (deciding whether they are the same person is the identity resolver's job).
/// </remarks>
public sealed record PersonName
{
    /// <summary>The name exactly as written on the page (after text normalisation).</summary>
    public string Written { get; init; } = "";

    /// <summary>The given names (first and middle names or initials), when present.</summary>
    public string? Given { get; init; }

    /// <summary>The family name without particles and suffixes, when present.</summary>
    public string? Family { get; init; }

    /// <summary>A particle written before the family name (<c>van der</c>, <c>de la</c>), when present.</summary>
    public string? Particle { get; init; }

    /// <summary>A suffix such as <c>Jr.</c> or <c>III</c>, when present.</summary>
    public string? Suffix { get; init; }

    /// <summary>
    /// Whether the split into given and family name was guessed because the writing is ambiguous
    /// (for example whether <c>Le</c> in <c>Teven Le Scao</c> belongs to the family name).
    /// </summary>
    public bool IsSplitGuessed { get; init; }

    /// <summary>
    /// The other reading of the family name when the split is ambiguous, otherwise <see langword="null"/>:
    /// for <c>Teven Le Scao</c>, <see cref="Family"/> is <c>Le Scao</c> and this is <c>Scao</c>
    /// (reading <c>Le</c> as a middle name).
    /// </summary>
    public string? AlternativeFamily { get; init; }

    /// <summary>
    /// The first letter of each given name, upper-cased: <c>JK</c> for <c>J.K. Rowling</c>,
    /// <c>SJ</c> for <c>Seung-Jae Shin</c>; empty when there is no given name. Computed, not serialized.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Initials => PersonNameParser.Initials(Given);

    /// <summary>Splits a name as written into its parts.</summary>
    /// <param name="written">The name as written, e.g. <c>Junehyoung Kwon</c> or <c>Kwon, Junehyoung</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="written"/> is <see langword="null"/>.</exception>
    public static PersonName Parse(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        return PersonNameParser.Parse(written);
    }

    /// <summary>Returns the name as written.</summary>
    public override string ToString() => Written;
}
