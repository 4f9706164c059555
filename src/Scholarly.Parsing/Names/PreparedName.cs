using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Names;

/// <summary>
/// A name folded once for repeated matching with <see cref="NameMatcher"/>: comparing prepared names
/// reads their keys and allocates nothing. Create one with <see cref="NameMatcher.Prepare"/>.
/// </summary>
/// <remarks>
/// Immutable and small (three fields), so arrays of prepared names are cheap to scan with
/// <see cref="NameMatcher.ScoreMany"/>. A <see langword="default"/> value has nothing to compare and
/// scores 0 against everything.
/// </remarks>
public readonly struct PreparedName
{
    private const int InitialsOnlyBit = 56;

    // All folded keys in one string, one after another; their lengths are packed 8 bits each.
    private readonly string? _keys;
    private readonly ulong _lengths;

    internal PreparedName(PersonName name, scoped NameView view)
    {
        Name = name;
        Span<char> keys = stackalloc char[NameView.BufferLength];
        var length = 0;
        ulong lengths = 0;
        var shift = 0;
        Append(view.Family, keys, ref length, ref lengths, ref shift);
        Append(view.AlternativeFamily, keys, ref length, ref lengths, ref shift);
        Append(view.Given, keys, ref length, ref lengths, ref shift);
        Append(view.GivenTokens, keys, ref length, ref lengths, ref shift);
        Append(view.Initials, keys, ref length, ref lengths, ref shift);
        Append(view.Suffix, keys, ref length, ref lengths, ref shift);
        Append(view.FamilyTokens, keys, ref length, ref lengths, ref shift);
        if (view.InitialsOnly)
        {
            lengths |= 1UL << InitialsOnlyBit;
        }

        _keys = new string(keys[..length]);
        _lengths = lengths;
    }

    /// <summary>The name this was prepared from, or <see langword="null"/> for a <see langword="default"/> value.</summary>
    public PersonName? Name { get; }

    /// <summary>The folded family-name key (particle included), e.g. <c>korner</c> for <c>Körner</c>.</summary>
    public string FamilyKey => View.Family.ToString();

    /// <summary>The folded given-name key, e.g. <c>seungjae</c> for <c>Seung-Jae</c>.</summary>
    public string GivenKey => View.Given.ToString();

    /// <summary>The keys as spans over the one string that holds them.</summary>
    internal NameView View
    {
        get
        {
            var keys = _keys.AsSpan();
            var lengths = _lengths;
            var offset = 0;
            var family = keys.Slice(offset, Length(lengths, 0));
            offset += family.Length;
            var alternative = keys.Slice(offset, Length(lengths, 1));
            offset += alternative.Length;
            var given = keys.Slice(offset, Length(lengths, 2));
            offset += given.Length;
            var tokens = keys.Slice(offset, Length(lengths, 3));
            offset += tokens.Length;
            var initials = keys.Slice(offset, Length(lengths, 4));
            offset += initials.Length;
            var suffix = keys.Slice(offset, Length(lengths, 5));
            offset += suffix.Length;
            var familyTokens = keys.Slice(offset, Length(lengths, 6));
            return new NameView(Name?.Written, family, alternative, given, tokens, initials, suffix, familyTokens, (_lengths >> InitialsOnlyBit & 1) != 0);
        }
    }

    /// <summary>Returns the name as written.</summary>
    public override string ToString() => Name?.Written ?? "";

    private static int Length(ulong lengths, int index) => (int)((lengths >> (8 * index)) & 0xFF);

    private static void Append(ReadOnlySpan<char> key, Span<char> keys, ref int length, ref ulong lengths, ref int shift)
    {
        // Keys are at most 64 characters, the token keys at most 128: each length fits in 8 bits.
        key.CopyTo(keys[length..]);
        length += key.Length;
        lengths |= (ulong)key.Length << shift;
        shift += 8;
    }
}
