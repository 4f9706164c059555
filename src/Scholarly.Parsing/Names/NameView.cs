using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Names;

/// <summary>
/// The folded keys of one name as spans, either over a <see cref="PreparedName"/>'s strings or over a
/// caller's stack buffer, so that the matcher reads both the same way and never allocates.
/// </summary>
internal readonly ref struct NameView
{
    /// <summary>Characters a caller's buffer needs for <see cref="Fill"/>.</summary>
    public const int BufferLength = 9 * NameFolding.MaxKeyLength;

    public NameView(
        ReadOnlySpan<char> written,
        ReadOnlySpan<char> family,
        ReadOnlySpan<char> alternativeFamily,
        ReadOnlySpan<char> given,
        ReadOnlySpan<char> givenTokens,
        ReadOnlySpan<char> initials,
        ReadOnlySpan<char> suffix,
        ReadOnlySpan<char> familyTokens,
        bool initialsOnly)
    {
        Written = written;
        Family = family;
        AlternativeFamily = alternativeFamily;
        Given = given;
        GivenTokens = givenTokens;
        Initials = initials;
        Suffix = suffix;
        FamilyTokens = familyTokens;
        InitialsOnly = initialsOnly;
    }

    /// <summary>The name as written, for the identical check.</summary>
    public ReadOnlySpan<char> Written { get; }

    /// <summary>Particle and family name folded together (<c>vanderwaals</c>), German digraphs folded.</summary>
    public ReadOnlySpan<char> Family { get; }

    /// <summary>The other reading of the family name (<c>scao</c> for <c>Le Scao</c>, <c>waals</c> for <c>van der Waals</c>), or empty.</summary>
    public ReadOnlySpan<char> AlternativeFamily { get; }

    /// <summary>The given names folded into one key (<c>seungjae</c>).</summary>
    public ReadOnlySpan<char> Given { get; }

    /// <summary>The given names folded one by one, separated by single spaces (<c>seung jae</c>).</summary>
    public ReadOnlySpan<char> GivenTokens { get; }

    /// <summary>The first letter of each given name, folded (<c>sj</c>).</summary>
    public ReadOnlySpan<char> Initials { get; }

    /// <summary>The suffix folded (<c>jr</c>), or empty.</summary>
    public ReadOnlySpan<char> Suffix { get; }

    /// <summary>Particle and family name folded word by word, separated by single spaces (<c>fernandez martinez</c>).</summary>
    public ReadOnlySpan<char> FamilyTokens { get; }

    /// <summary>Whether the given names are initials only (<c>J.</c>, <c>J.K.</c>, <c>JH</c>).</summary>
    public bool InitialsOnly { get; }

    /// <summary>Whether there is nothing to compare (no letters in the parts).</summary>
    public bool IsEmpty => Family.IsEmpty && Given.IsEmpty;

    /// <summary>Folds a name's parts into <paramref name="buffer"/> (at least <see cref="BufferLength"/> characters).</summary>
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

        return new NameView(
            name.Written,
            familyBuffer[..familyLength],
            altBuffer[..altLength],
            givenBuffer[..givenLength],
            tokensBuffer[..tokensLength],
            initialsBuffer[..initialsLength],
            suffixBuffer[..suffixLength],
            familyTokensBuffer[..familyTokensLength],
            initialsOnly);
    }

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
