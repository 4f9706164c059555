using System.Runtime.CompilerServices;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Names;

/// <summary>
/// The folded keys of one name as spans, either over a <see cref="PreparedName"/> or over a caller's stack
/// buffer, so that the matcher reads both the same way and never allocates.
/// </summary>
/// <remarks>
/// The family and given keys, which every comparison reads, are held as spans; the other keys (read only by
/// the slower rules) are sliced on demand from all keys laid out one after another. Nothing here follows an
/// object reference until it is needed: with many names, cache misses and not instructions are the cost.
/// </remarks>
internal readonly ref struct NameView
{
    /// <summary>Readable characters after every key, so SIMD code may load 32 characters from any key's start.</summary>
    public const int Padding = 32;

    /// <summary>Characters a caller's buffer needs for <see cref="Fill"/>.</summary>
    public const int BufferLength = (9 * NameFolding.MaxKeyLength) + Padding;

    private const int InitialsOnlyBit = 56;
    private const int SeveralGivenNamesBit = 58;
    private const int HashedBit = 59;

    // All keys (family, alternative family, given, given tokens, initials, suffix, family tokens), either as a
    // span (a stack buffer) or as a string (a prepared name; turned into a span only when a slow rule needs it).
    private readonly ReadOnlySpan<char> _keySpan;
    private readonly string? _keyString;
    private readonly string? _written;

    // Key lengths (8 bits each) and flags; key starts (10 bits each); word and written-name hashes.
    private readonly ulong _lengths;
    private readonly ulong _offsets;
    private readonly ulong _hashes;

    // Which letters a-z (bits 0-25, bit 31 for any other character) the family key (low half) and the given
    // key (high half) contain: keys without a common character have a Jaro-Winkler similarity of exactly 0.
    private readonly ulong _letters;

    // The initials when held apart (inline in a prepared name); otherwise read from all keys.
    private readonly ReadOnlySpan<char> _initials;

    /// <summary>Wraps keys laid out by <see cref="Fill"/> in a buffer.</summary>
    /// <param name="written">The name as written (compared only when the hashes agree).</param>
    /// <param name="keys">The keys one after another, followed by at least <see cref="Padding"/> readable characters.</param>
    /// <param name="lengths">The keys' lengths (8 bits each) and flags.</param>
    /// <param name="offsets">The keys' starts, from <see cref="ComputeOffsets"/>.</param>
    /// <param name="hashes">The hashes, from <see cref="HashWords"/>.</param>
    public NameView(string? written, ReadOnlySpan<char> keys, ulong lengths, ulong offsets, ulong hashes)
    {
        _written = written;
        _keySpan = keys;
        _lengths = lengths;
        _offsets = offsets;
        _hashes = hashes;
        Family = keys[..(int)(lengths & 0xFF)];
        Given = keys.Slice(Start(offsets, 2), Length(lengths, 2));
        _letters = LetterSet(Family) | ((ulong)LetterSet(Given) << 32);
    }

    /// <summary>Wraps a prepared name's keys: the family and given keys given apart (they may be held inline).</summary>
    /// <param name="written">The name as written.</param>
    /// <param name="family">The family key, followed by readable characters up to 16 (32 when longer than 16).</param>
    /// <param name="given">The given key, likewise.</param>
    /// <param name="keys">All keys with padding, as <see cref="Fill"/> lays them out.</param>
    /// <param name="lengths">The keys' lengths and flags.</param>
    /// <param name="offsets">The keys' starts.</param>
    /// <param name="hashes">The hashes.</param>
    /// <param name="letters">The letter sets, as <see cref="Letters"/> returns them.</param>
    public NameView(string? written, ReadOnlySpan<char> family, ReadOnlySpan<char> given, string? keys, ulong lengths, ulong offsets, ulong hashes, ulong letters)
    {
        _letters = letters;
        _written = written;
        _keyString = keys;
        _lengths = lengths;
        _offsets = offsets;
        _hashes = hashes;
        Family = family;
        Given = given;
    }

    /// <summary>Particle and family name folded together (<c>vanderwaals</c>), German digraphs folded.</summary>
    public ReadOnlySpan<char> Family { get; }

    /// <summary>The given names folded into one key (<c>seungjae</c>).</summary>
    public ReadOnlySpan<char> Given { get; }

    /// <summary>Whether <see cref="Hashes"/> holds the hashes (prepared names) or must be computed when needed.</summary>
    public bool IsHashed => ((_lengths >> HashedBit) & 1) != 0;

    /// <summary>This view with its hashes computed.</summary>
    public NameView WithHashes() =>
        IsHashed ? this : new NameView(_written, AllKeys, _lengths | (1UL << HashedBit), _offsets, HashWords(this, _written));

    /// <summary>The letter sets of the family key (low 32 bits) and the given key (high 32 bits).</summary>
    public ulong Letters => _letters;

    /// <summary>The letter set of the family key.</summary>
    public uint FamilyLetters => (uint)_letters;

    /// <summary>The letter set of the given key.</summary>
    public uint GivenLetters => (uint)(_letters >> 32);

    /// <summary>The packed key lengths and flags.</summary>
    public ulong Lengths => _lengths;

    /// <summary>The packed key starts.</summary>
    public ulong Offsets => _offsets;

    /// <summary>The packed hashes.</summary>
    public ulong Hashes => _hashes;

    /// <summary>All keys one after another (without the padding).</summary>
    public ReadOnlySpan<char> Keys => AllKeys[..TotalLength(_lengths)];

    /// <summary>The other reading of the family name (<c>scao</c> for <c>Le Scao</c>, <c>waals</c> for <c>van der Waals</c>), or empty.</summary>
    public ReadOnlySpan<char> AlternativeFamily => Key(1);

    /// <summary>The given names folded one by one, separated by a space, or a hyphen where written (<c>seung jae</c>).</summary>
    public ReadOnlySpan<char> GivenTokens => Key(3);

    /// <summary>The first letter of each given name, folded (<c>sj</c>).</summary>
    public ReadOnlySpan<char> Initials
    {
        get => _initials.IsEmpty && Length(_lengths, 4) != 0 ? Key(4) : _initials;
        init => _initials = value;
    }

    /// <summary>The suffix folded (<c>jr</c>), or empty.</summary>
    public ReadOnlySpan<char> Suffix => Key(5);

    /// <summary>Particle and family name folded word by word, separated by single spaces (<c>fernandez martinez</c>).</summary>
    public ReadOnlySpan<char> FamilyTokens => Key(6);

    /// <summary>Whether the given names are initials only (<c>J.</c>, <c>J.K.</c>, <c>JH</c>).</summary>
    public bool InitialsOnly => ((_lengths >> InitialsOnlyBit) & 1) != 0;

    /// <summary>Whether there are several given names (<c>Seung jae</c>, <c>Hee-young</c>), so that <see cref="GivenTokens"/> differs from <see cref="Given"/>.</summary>
    public bool HasSeveralGivenNames => ((_lengths >> SeveralGivenNamesBit) & 1) != 0;

    /// <summary>The number of words of the given and family names (at most 15).</summary>
    public int WordCount => (int)(_hashes >> 60);

    /// <summary>Whether there is nothing to compare (no letters in the parts).</summary>
    public bool IsEmpty => (_lengths & 0x00FF00FF) == 0;

    /// <summary>Whether the name has a suffix key.</summary>
    public bool HasSuffix => Length(_lengths, 5) != 0;

    /// <summary>Whether the name has an alternative family key.</summary>
    public bool HasAlternativeFamily => Length(_lengths, 1) != 0;

    /// <summary>A hash of the first word (of the given names, or of the family name when there are none).</summary>
    public ulong FirstWordHash => _hashes & 0xFFFF;

    /// <summary>A hash of the last word (of the family name, or of the given names when there is none).</summary>
    public ulong LastWordHash => (_hashes >> 16) & 0xFFFF;

    /// <summary>A hash of all words that does not depend on their order.</summary>
    public ulong WordSetHash => (_hashes >> 32) & 0xFFFF;

    private ReadOnlySpan<char> AllKeys => _keyString is null ? _keySpan : _keyString.AsSpan();

    /// <summary>Whether both names are written identically (and not blank); the hashes spare most string reads.</summary>
    public bool IsWrittenIdentically(scoped in NameView other) =>
        (!IsHashed || !other.IsHashed || ((_hashes >> 48) & 0xFFF) == ((other._hashes >> 48) & 0xFFF))
        && _written is not null
        && string.Equals(_written, other._written, StringComparison.Ordinal)
        && !_written.AsSpan().IsWhiteSpace();

    /// <summary>The starts of keys 1 to 6 (10 bits each) from their lengths.</summary>
    public static ulong ComputeOffsets(ulong lengths)
    {
        ulong offsets = 0;
        var offset = 0;
        for (var k = 0; k < 6; k++)
        {
            offset += Length(lengths, k);
            offsets |= (ulong)offset << (10 * k);
        }

        return offsets;
    }

    /// <summary>
    /// Hashes the first and the last word, the set of all words (16 bits each), the name as written (12 bits),
    /// and counts the words (4 bits).
    /// </summary>
    public static ulong HashWords(scoped in NameView view, string? written)
    {
        var first = view.GivenTokens.IsEmpty ? view.FamilyTokens : view.GivenTokens;
        var space = first.IndexOf(' ');
        first = space < 0 ? first : first[..space];
        var last = view.FamilyTokens.IsEmpty ? view.GivenTokens : view.FamilyTokens;
        last = last[(last.LastIndexOf(' ') + 1)..];

        // A sum is blind to order, so reordered names ("Nguyen Viet Cuong") share it.
        var count = 0;
        var set = SumWords(view.GivenTokens, ref count) + SumWords(view.FamilyTokens, ref count);
        return Hash(first) | ((ulong)Hash(last) << 16) | ((ulong)((set ^ (set >> 16)) & 0xFFFF) << 32)
            | ((ulong)(Hash(written) & 0xFFF) << 48) | ((ulong)Math.Min(count, 15) << 60);
    }

    private static uint LetterSet(ReadOnlySpan<char> key)
    {
        uint set = 0;
        foreach (var c in key)
        {
            var letter = (uint)(c - 'a');
            set |= letter < 26 ? 1u << (int)letter : 1u << 31;
        }

        return set;
    }

    private static ulong SumWords(ReadOnlySpan<char> words, ref int count)
    {
        ulong sum = 0;
        while (!words.IsEmpty)
        {
            var space = words.IndexOf(' ');
            var word = space < 0 ? words : words[..space];
            words = space < 0 ? default : words[(space + 1)..];
            sum += (ulong)Hash(word) * 40503u;
            count++;
        }

        return sum;
    }

    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (hash ^ (hash >> 16)) & 0xFFFF;
    }

    private static int TotalLength(ulong lengths)
    {
        var total = 0;
        for (var k = 0; k < 7; k++)
        {
            total += Length(lengths, k);
        }

        return total;
    }

    private static int Length(ulong lengths, int index) => (int)((lengths >> (8 * index)) & 0xFF);

    private static int Start(ulong offsets, int index) => index == 0 ? 0 : (int)((offsets >> (10 * (index - 1))) & 0x3FF);

    private ReadOnlySpan<char> Key(int index) => AllKeys.Slice(Start(_offsets, index), Length(_lengths, index));

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

        if (tokensLength != givenLength)
        {
            lengths |= 1UL << SeveralGivenNamesBit;
        }

        var offsets = ComputeOffsets(lengths);
        // Hashes are computed when a prepared name is made (see WithHashes), not for a one-off comparison.
        return new NameView(name.Written, buffer, lengths, offsets, 0);
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
