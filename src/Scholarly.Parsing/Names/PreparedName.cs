using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Names;

/// <summary>
/// A name folded once for repeated matching with <see cref="NameMatcher"/>: comparing prepared names
/// reads their keys and allocates nothing. Create one with <see cref="NameMatcher.Prepare"/>.
/// </summary>
/// <remarks>
/// Immutable. Short family and given keys (up to 16 characters, nearly every name) are held inside the
/// value itself, so arrays of prepared names are scanned by <see cref="NameMatcher.ScoreMany"/> without
/// following a reference per name. A <see langword="default"/> value has nothing to compare and scores 0
/// against everything.
/// </remarks>
public readonly struct PreparedName
{
    private const int InlineBit = 57;

    private readonly InlineKeys _inline;

    // All folded keys in one string, one after another, then padding, for the slower rules and long keys.
    private readonly string? _keys;
    private readonly string? _written;
    private readonly ulong _lengths;
    private readonly ulong _offsets;
    private readonly ulong _hashes;
    private readonly ulong _letters;

    [SkipLocalsInit]
    internal PreparedName(PersonName name, scoped NameView view)
    {
        view = view.WithHashes();
        Name = name;
        _written = name.Written;
        var keys = view.Keys;

        // Padding after the last key lets SIMD code load 32 characters from any key's start.
        Span<char> padded = stackalloc char[keys.Length + NameView.Padding];
        keys.CopyTo(padded);
        padded[keys.Length..].Clear();
        _keys = new string(padded);

        var lengths = view.Lengths;
        if (view.Family.Length <= InlineKeys.KeyLength && view.Given.Length <= InlineKeys.KeyLength && view.Initials.Length <= InlineKeys.InitialsLength)
        {
            Span<char> inline = _inline;
            view.Family.CopyTo(inline);
            view.Given.CopyTo(inline[InlineKeys.KeyLength..]);
            view.Initials.CopyTo(inline[InlineKeys.InitialsStart..]);
            lengths |= 1UL << InlineBit;
        }

        _lengths = lengths;
        _offsets = view.Offsets;
        _hashes = view.Hashes;
        _letters = view.Letters;
    }

    /// <summary>The name this was prepared from, or <see langword="null"/> for a <see langword="default"/> value.</summary>
    public PersonName? Name { get; }

    /// <summary>The folded family-name key (particle included), e.g. <c>korner</c> for <c>Körner</c>.</summary>
    public string FamilyKey => View.Family.ToString();

    /// <summary>The folded given-name key, e.g. <c>seungjae</c> for <c>Seung-Jae</c>.</summary>
    public string GivenKey => View.Given.ToString();

    /// <summary>The keys as spans over this value (short keys) or its key string.</summary>
    [UnscopedRef]
    internal NameView View
    {
        get
        {
            var familyLength = (int)(_lengths & 0xFF);
            var givenLength = (int)((_lengths >> 16) & 0xFF);
            if (((_lengths >> InlineBit) & 1) != 0)
            {
                ReadOnlySpan<char> inline = _inline;
                var initialsLength = (int)((_lengths >> 32) & 0xFF);
                return new NameView(_written, inline[..familyLength], inline.Slice(InlineKeys.KeyLength, givenLength), _keys, _lengths, _offsets, _hashes, _letters)
                {
                    Initials = inline.Slice(InlineKeys.InitialsStart, initialsLength),
                };
            }

            var keys = _keys.AsSpan();
            var givenStart = (int)((_offsets >> 10) & 0x3FF);
            return new NameView(_written, keys[..familyLength], keys.Slice(givenStart, givenLength), _keys, _lengths, _offsets, _hashes, _letters);
        }
    }

    /// <summary>Returns the name as written.</summary>
    public override string ToString() => Name?.Written ?? "";
}
