using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Names;

/// <summary>
/// A name folded once for repeated matching with <see cref="NameMatcher"/>: comparing prepared names
/// reads their keys and allocates nothing. Create one with <see cref="NameMatcher.Prepare"/>.
/// </summary>
/// <remarks>
/// Immutable and small (four fields), so arrays of prepared names are cheap to scan with
/// <see cref="NameMatcher.ScoreMany"/>. A <see langword="default"/> value has nothing to compare and
/// scores 0 against everything.
/// </remarks>
public readonly struct PreparedName
{
    // All folded keys in one string, one after another, then padding; their lengths packed as NameView reads them.
    private readonly string? _keys;
    private readonly ulong _lengths;

    // Position masks of the family and given keys for the match search (see JaroWinkler.BuildPattern).
    private readonly uint[]? _patterns;

    internal PreparedName(PersonName name, scoped NameView view)
    {
        Name = name;
        var keys = view.Keys;

        // Padding after the last key lets SIMD code load 32 characters from any key's start.
        Span<char> padded = stackalloc char[keys.Length + NameView.Padding];
        keys.CopyTo(padded);
        padded[keys.Length..].Clear();
        _keys = new string(padded);
        var patterns = new uint[2 * JaroWinkler.PatternLength];
        var lengths = NameView.BuildPatterns(view.Lengths, keys, patterns);
        _patterns = NameView.HasPatterns(lengths) ? patterns : null;
        _lengths = lengths;
    }

    /// <summary>The name this was prepared from, or <see langword="null"/> for a <see langword="default"/> value.</summary>
    public PersonName? Name { get; }

    /// <summary>The folded family-name key (particle included), e.g. <c>korner</c> for <c>Körner</c>.</summary>
    public string FamilyKey => View.Family.ToString();

    /// <summary>The folded given-name key, e.g. <c>seungjae</c> for <c>Seung-Jae</c>.</summary>
    public string GivenKey => View.Given.ToString();

    /// <summary>The keys as spans over the one string that holds them.</summary>
    internal NameView View => new(Name is null ? default : Name.Written.AsSpan(), _keys, _lengths, _patterns);

    /// <summary>Returns the name as written.</summary>
    public override string ToString() => Name?.Written ?? "";
}
