using System.Runtime.CompilerServices;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Names;

/// <summary>
/// The folded keys of one name as spans, either over a <see cref="PreparedName"/>'s strings or over a
/// caller's stack buffer, so that the matcher reads both the same way and never allocates.
/// </summary>
internal readonly ref struct NameView
{
    /// <summary>Readable characters after every key, so SIMD code may load 32 characters from any key's start.</summary>
    public const int Padding = 32;

    /// <summary>Characters a caller's buffer needs for <see cref="Fill"/>.</summary>
    public const int BufferLength = (9 * NameFolding.MaxKeyLength) + Padding;

    private const int InitialsOnlyBit = 56;
    private const int FamilyPatternBit = 57;
    private const int GivenPatternBit = 58;

    // The keys one after another (family, alternative family, given, given tokens, initials, suffix, family
    // tokens) with their lengths packed 8 bits each: a view is a few words to build and to pass around.
    private readonly ReadOnlySpan<char> _keys;
    private readonly ReadOnlySpan<uint> _patterns;
    private readonly ulong _lengths;

    /// <summary>Wraps keys laid out by <see cref="Fill"/>.</summary>
    /// <param name="written">The name as written.</param>
    /// <param name="keys">The keys one after another, followed by at least <see cref="Padding"/> readable characters.</param>
    /// <param name="lengths">The keys' lengths (8 bits each) and flags, as <see cref="Lengths"/> returns them.</param>
    /// <param name="patterns">Position masks of the family and given keys (52 entries), or empty.</param>
    public NameView(ReadOnlySpan<char> written, ReadOnlySpan<char> keys, ulong lengths, ReadOnlySpan<uint> patterns)
    {
        Written = written;
        _keys = keys;
        _lengths = lengths;
        _patterns = patterns;
    }

    /// <summary>The name as written, for the identical check.</summary>
    public ReadOnlySpan<char> Written { get; }

    /// <summary>The packed key lengths and flags.</summary>
    public ulong Lengths => _lengths;

    /// <summary>All keys one after another (without the padding).</summary>
    public ReadOnlySpan<char> Keys => _keys[..TotalLength(_lengths)];

    /// <summary>Particle and family name folded together (<c>vanderwaals</c>), German digraphs folded.</summary>
    public ReadOnlySpan<char> Family => _keys[..Length(0)];

    /// <summary>The other reading of the family name (<c>scao</c> for <c>Le Scao</c>, <c>waals</c> for <c>van der Waals</c>), or empty.</summary>
    public ReadOnlySpan<char> AlternativeFamily => _keys.Slice(Offset(1), Length(1));

    /// <summary>The given names folded into one key (<c>seungjae</c>).</summary>
    public ReadOnlySpan<char> Given => _keys.Slice(Offset(2), Length(2));

    /// <summary>The given names folded one by one, separated by a space, or a hyphen where written (<c>seung jae</c>).</summary>
    public ReadOnlySpan<char> GivenTokens => _keys.Slice(Offset(3), Length(3));

    /// <summary>The first letter of each given name, folded (<c>sj</c>).</summary>
    public ReadOnlySpan<char> Initials => _keys.Slice(Offset(4), Length(4));

    /// <summary>The suffix folded (<c>jr</c>), or empty.</summary>
    public ReadOnlySpan<char> Suffix => _keys.Slice(Offset(5), Length(5));

    /// <summary>Particle and family name folded word by word, separated by single spaces (<c>fernandez martinez</c>).</summary>
    public ReadOnlySpan<char> FamilyTokens => _keys.Slice(Offset(6), Length(6));

    /// <summary>Whether the given names are initials only (<c>J.</c>, <c>J.K.</c>, <c>JH</c>).</summary>
    public bool InitialsOnly => ((_lengths >> InitialsOnlyBit) & 1) != 0;

    /// <summary>The family key's position masks (prepared names only; empty otherwise).</summary>
    public ReadOnlySpan<uint> FamilyPattern =>
        ((_lengths >> FamilyPatternBit) & 1) != 0 ? _patterns[..JaroWinkler.PatternLength] : default;

    /// <summary>The given key's position masks (prepared names only; empty otherwise).</summary>
    public ReadOnlySpan<uint> GivenPattern =>
        ((_lengths >> GivenPatternBit) & 1) != 0 ? _patterns.Slice(JaroWinkler.PatternLength, JaroWinkler.PatternLength) : default;

    /// <summary>Whether there is nothing to compare (no letters in the parts).</summary>
    public bool IsEmpty => (_lengths & 0x00FF00FF) == 0;

    /// <summary>Fills position masks for the view's family and given keys; returns the lengths with their flags set.</summary>
    public static ulong BuildPatterns(ulong lengths, ReadOnlySpan<char> keys, Span<uint> patterns)
    {
        var view = new NameView(default, keys, lengths, default);
        if (JaroWinkler.BuildPattern(view.Family, patterns))
        {
            lengths |= 1UL << FamilyPatternBit;
        }

        if (JaroWinkler.BuildPattern(view.Given, patterns[JaroWinkler.PatternLength..]))
        {
            lengths |= 1UL << GivenPatternBit;
        }

        return lengths;
    }

    /// <summary>Whether <see cref="BuildPatterns"/> found any pattern.</summary>
    public static bool HasPatterns(ulong lengths) => (lengths & (3UL << FamilyPatternBit)) != 0;

    private static int TotalLength(ulong lengths)
    {
        var total = 0;
        for (var k = 0; k < 7; k++)
        {
            total += (int)((lengths >> (8 * k)) & 0xFF);
        }

        return total;
    }

    private int Length(int index) => (int)((_lengths >> (8 * index)) & 0xFF);

    private int Offset(int index)
    {
        var offset = 0;
        for (var k = 0; k < index; k++)
        {
            offset += Length(k);
        }

        return offset;
    }

    /// <summary>Folds a name's parts into <paramref name="buffer"/> (at least <see cref="BufferLength"/> characters).</summary>
    [SkipLocalsInit]
    public static NameView Fill(PersonName name, Span<char> buffer)
    {
        const int K = NameFolding.MaxKeyLength;
        var familyBuffer = buffer[..K];
        var familyLength = NameFolding.Fold(name.Particle, familyBuffer);
        familyLength += NameFolding.Fold(name.Family, familyBuffer[familyLength..]);
        familyLength = NameFolding.FoldGermanDigraphs(familyBuffer[..familyLength]);

        // The other reading: the ambiguous split's, else the family name without its particle or first words.
        var altBuffer = buffer.Slice(K, K);
        var altLength = 0;
        if (name.AlternativeFamily is { } alternative)
        {
            altLength = NameFolding.Fold(alternative, altBuffer);
        }
        else if (name.Family is { } family)
        {
            var lastSpace = family.AsSpan().TrimEnd().LastIndexOf(' ');
            if (name.Particle is not null || lastSpace > 0)
            {
                altLength = NameFolding.Fold(family.AsSpan(lastSpace + 1), altBuffer);
            }
        }

        altLength = NameFolding.FoldGermanDigraphs(altBuffer[..altLength]);
        if (altBuffer[..altLength].SequenceEqual(familyBuffer[..familyLength]))
        {
            altLength = 0;
        }

        var givenBuffer = buffer.Slice(2 * K, K);
        var tokensBuffer = buffer.Slice(3 * K, 2 * K);
        var initialsBuffer = buffer.Slice(5 * K, K);
        var givenLength = 0;
        var tokensLength = 0;
        var initialsLength = 0;
        var initialsOnly = false;
        if (name.Given is { } given)
        {
            initialsOnly = true;
            var upperRun = IsUpperRun(given, name.Written);
            Span<char> single = stackalloc char[1];
            var parts = new NamePartEnumerator(given);
            while (parts.MoveNext())
            {
                var part = parts.Current;
                var separator = parts.IsHyphenated ? '-' : ' ';
                // "JH" in a mixed-case name is two initials.
                if (upperRun)
                {
                    foreach (var c in part)
                    {
                        single[0] = c;
                        AppendToken(single, ' ', givenBuffer, ref givenLength, tokensBuffer, ref tokensLength, initialsBuffer, ref initialsLength, ref initialsOnly);
                    }

                    continue;
                }

                AppendToken(part, separator, givenBuffer, ref givenLength, tokensBuffer, ref tokensLength, initialsBuffer, ref initialsLength, ref initialsOnly);
            }

            initialsOnly &= givenLength > 0;
        }

        var suffixBuffer = buffer.Slice(6 * K, K);
        var suffixLength = NameFolding.Fold(name.Suffix, suffixBuffer);

        var familyTokensBuffer = buffer.Slice(7 * K, 2 * K);
        var familyTokensLength = 0;
        AppendFamilyTokens(name.Particle, familyTokensBuffer, ref familyTokensLength);
        AppendFamilyTokens(name.Family, familyTokensBuffer, ref familyTokensLength);

        // Move the keys next to each other at the buffer's start (each moves left, never over a later one).
        var total = 0;
        ulong lengths = 0;
        var slot = 0;
        Span<int> starts = [0, K, 2 * K, 3 * K, 5 * K, 6 * K, 7 * K];
        Span<int> keyLengths = [familyLength, altLength, givenLength, tokensLength, initialsLength, suffixLength, familyTokensLength];
        foreach (var start in starts)
        {
            var length = keyLengths[slot];
            buffer.Slice(start, length).CopyTo(buffer[total..]);
            lengths |= (ulong)length << (8 * slot);
            total += length;
            slot++;
        }

        if (initialsOnly)
        {
            lengths |= 1UL << InitialsOnlyBit;
        }

        return new NameView(name.Written, buffer, lengths, default);
    }

    [SkipLocalsInit]
    private static void AppendFamilyTokens(string? text, Span<char> tokens, ref int length)
    {
        Span<char> folded = stackalloc char[NameFolding.MaxKeyLength];
        foreach (var part in new NamePartEnumerator(text))
        {
            var foldedLength = NameFolding.FoldGermanDigraphs(folded[..NameFolding.Fold(part, folded)]);
            if (foldedLength == 0 || length + foldedLength + 1 > tokens.Length)
            {
                continue;
            }

            if (length > 0)
            {
                tokens[length++] = ' ';
            }

            folded[..foldedLength].CopyTo(tokens[length..]);
            length += foldedLength;
        }
    }

    [SkipLocalsInit]
    private static void AppendToken(
        ReadOnlySpan<char> part,
        char separator,
        Span<char> given,
        ref int givenLength,
        Span<char> tokens,
        ref int tokensLength,
        Span<char> initials,
        ref int initialsLength,
        ref bool initialsOnly)
    {
        Span<char> folded = stackalloc char[NameFolding.MaxKeyLength];
        var length = NameFolding.Fold(part, folded);
        if (length == 0)
        {
            return;
        }

        initialsOnly &= length == 1;
        var copy = Math.Min(length, given.Length - givenLength);
        folded[..copy].CopyTo(given[givenLength..]);
        givenLength += copy;

        if (tokensLength > 0 && tokensLength < tokens.Length)
        {
            tokens[tokensLength++] = separator;
        }

        copy = Math.Min(length, tokens.Length - tokensLength);
        folded[..copy].CopyTo(tokens[tokensLength..]);
        tokensLength += copy;

        if (initialsLength < initials.Length)
        {
            initials[initialsLength++] = folded[0];
        }
    }

    /// <summary>Whether the given names are one run of 2–3 capitals (<c>JH</c>) in a name that also has lowercase letters.</summary>
    private static bool IsUpperRun(string given, string written)
    {
        var span = given.AsSpan().Trim();
        if (span.Length is < 2 or > 3)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        foreach (var c in written)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
