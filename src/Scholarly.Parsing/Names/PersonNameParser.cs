using System.Buffers;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Names;

/// <summary>
/// Splits a name as written into given names, particle, family name and suffix. Never throws for
/// content: what it cannot read (no letters, emoji, digits) it leaves out and marks the split as guessed.
/// </summary>
internal static class PersonNameParser
{
    // More tokens than this is not a name; the whole text then becomes the family name, marked as guessed.
    private const int MaxTokens = 32;

    private static readonly SearchValues<char> s_initialSeparators = SearchValues.Create(" .-\u2010\u2011");

    public static PersonName Parse(string written)
    {
        var text = written.AsSpan().Trim();
        var comma = text.IndexOf(',');
        if (comma >= 0)
        {
            var after = text[(comma + 1)..].Trim();
            var before = text[..comma].Trim();

            // "John Smith, Jr." is given-first with a suffix; anything else with a comma is family-first.
            if (after.IndexOf(',') < 0 && IsSuffix(after, tokenCount: 3) && before.Length > 0)
            {
                return ParseGivenFirst(written, before, after.ToString());
            }

            return ParseFamilyFirst(written, before, after);
        }

        return ParseGivenFirst(written, text, suffix: null);
    }

    /// <summary>The first letter of each given name (parts split at spaces, periods and hyphens), upper-cased.</summary>
    public static string Initials(string? given)
    {
        if (string.IsNullOrEmpty(given))
        {
            return "";
        }

        Span<char> buffer = stackalloc char[Math.Min(given.Length, 64)];
        var length = 0;
        var atStart = true;
        foreach (var c in given)
        {
            if (s_initialSeparators.Contains(c) || char.IsWhiteSpace(c))
            {
                atStart = true;
            }
            else if (atStart && char.IsLetter(c) && length < buffer.Length)
            {
                buffer[length++] = char.ToUpperInvariant(c);
                atStart = false;
            }
        }

        return length == 0 ? "" : new string(buffer[..length]);
    }

    private static PersonName ParseGivenFirst(string written, ReadOnlySpan<char> text, string? suffix)
    {
        Span<Range> tokens = stackalloc Range[MaxTokens];
        var count = Tokenize(text, tokens, out var dropped, out var tooMany);
        if (tooMany)
        {
            return new PersonName { Written = written, Family = Collapse(text), Suffix = suffix, IsSplitGuessed = true };
        }

        if (count == 0)
        {
            // Nothing readable (empty, digits, punctuation, emoji): keep the text, claim no parts.
            return new PersonName { Written = written, Suffix = suffix, IsSplitGuessed = true };
        }

        var end = count;
        if (suffix is null && end > 1 && IsSuffix(text[tokens[end - 1]], end))
        {
            suffix = text[tokens[end - 1]].ToString();
            end--;
        }

        if (IsEastAsian(text[tokens[0]]))
        {
            return ParseEastAsian(written, text, tokens[..end], suffix, dropped);
        }

        if (end == 1)
        {
            // A single word: a mononym or a family name alone; which one cannot be told.
            return new PersonName { Written = written, Family = text[tokens[0]].ToString(), Suffix = suffix, IsSplitGuessed = true };
        }

        // "Kwon J." or "Kwon JH" (citation style): initials after the family name.
        if (IsInitialsToken(text[tokens[end - 1]], text) && !IsInitialsToken(text[tokens[0]], text))
        {
            var initialsStart = end - 1;
            while (initialsStart > 1 && IsInitialsToken(text[tokens[initialsStart - 1]], text))
            {
                initialsStart--;
            }

            return new PersonName
            {
                Written = written,
                Given = Join(text, tokens, initialsStart, end),
                Family = Join(text, tokens, 0, initialsStart),
                Suffix = suffix,
                IsSplitGuessed = true,
            };
        }

        // Lowercase particles after the first given name start the family name ("Ludwig van der Waals").
        for (var i = 1; i < end - 1; i++)
        {
            if (!IsParticle(text[tokens[i]]))
            {
                continue;
            }

            var familyStart = i + 1;
            while (familyStart < end - 1 && IsParticle(text[tokens[familyStart]]))
            {
                familyStart++;
            }

            return new PersonName
            {
                Written = written,
                Given = Join(text, tokens, 0, i),
                Particle = Join(text, tokens, i, familyStart),
                Family = Join(text, tokens, familyStart, end),
                Suffix = suffix,
                IsSplitGuessed = dropped,
            };
        }

        // A capitalised particle ("Teven Le Scao", "Benjamin Van Durme") may belong to the family name
        // or be a middle name: take it into the family name and keep the other reading.
        var start = end - 1;
        while (start > 1 && IsCapitalisedParticle(text[tokens[start - 1]]))
        {
            start--;
        }

        if (start < end - 1)
        {
            return new PersonName
            {
                Written = written,
                Given = Join(text, tokens, 0, start),
                Family = Join(text, tokens, start, end),
                AlternativeFamily = text[tokens[end - 1]].ToString(),
                Suffix = suffix,
                IsSplitGuessed = true,
            };
        }

        return new PersonName
        {
            Written = written,
            Given = Join(text, tokens, 0, end - 1),
            Family = text[tokens[end - 1]].ToString(),
            Suffix = suffix,
            IsSplitGuessed = dropped,
        };
    }

    private static PersonName ParseFamilyFirst(string written, ReadOnlySpan<char> familyPart, ReadOnlySpan<char> rest)
    {
        // BibTeX order: "von Last, First" or "von Last, Jr, First".
        string? suffix = null;
        var guessed = false;
        var comma = rest.IndexOf(',');
        if (comma >= 0)
        {
            var first = rest[..comma].Trim();
            if (IsSuffix(first, tokenCount: 3))
            {
                suffix = first.ToString();
                rest = rest[(comma + 1)..].Trim();
            }
            else
            {
                // "Kim, M., Lee, J." is a list, not a name: read the first one and say so.
                rest = first;
                guessed = true;
            }
        }

        Span<Range> tokens = stackalloc Range[MaxTokens];
        var count = Tokenize(familyPart, tokens, out var droppedFamily, out var tooMany);
        if (tooMany)
        {
            return new PersonName { Written = written, Family = Collapse(familyPart), IsSplitGuessed = true };
        }

        var particleEnd = 0;
        while (particleEnd < count - 1 && IsParticle(familyPart[tokens[particleEnd]]))
        {
            particleEnd++;
        }

        var given = Collapse(rest, out var droppedGiven);
        return new PersonName
        {
            Written = written,
            Given = given.Length > 0 ? given : null,
            Particle = particleEnd > 0 ? Join(familyPart, tokens, 0, particleEnd) : null,
            Family = count > 0 ? Join(familyPart, tokens, particleEnd, count) : null,
            Suffix = suffix,
            IsSplitGuessed = guessed || droppedFamily || droppedGiven || count == 0 || given.Length == 0,
        };
    }

    private static PersonName ParseEastAsian(string written, ReadOnlySpan<char> text, ReadOnlySpan<Range> tokens, string? suffix, bool dropped)
    {
        // Names written in Hangul or Han characters put the family name first ("김 미현").
        if (tokens.Length > 1)
        {
            return new PersonName
            {
                Written = written,
                Family = text[tokens[0]].ToString(),
                Given = Join(text, tokens, 1, tokens.Length),
                Suffix = suffix,
                IsSplitGuessed = dropped,
            };
        }

        // "김미현": Korean family names are almost always one syllable; a guess all the same.
        var token = text[tokens[0]];
        if (token.Length is >= 2 and <= 4 && IsHangulSyllables(token))
        {
            return new PersonName
            {
                Written = written,
                Family = token[..1].ToString(),
                Given = token[1..].ToString(),
                Suffix = suffix,
                IsSplitGuessed = true,
            };
        }

        return new PersonName { Written = written, Family = token.ToString(), Suffix = suffix, IsSplitGuessed = true };
    }

    /// <summary>Splits at whitespace, keeping only tokens with a letter; reports whether any were dropped.</summary>
    private static int Tokenize(ReadOnlySpan<char> text, Span<Range> tokens, out bool dropped, out bool tooMany)
    {
        var count = 0;
        dropped = false;
        tooMany = false;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            var hasLetter = false;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                hasLetter |= char.IsLetter(text[i]);
                i++;
            }

            if (i == start)
            {
                break;
            }

            if (!hasLetter)
            {
                dropped = true;
                continue;
            }

            if (count == tokens.Length)
            {
                tooMany = true;
                return count;
            }

            tokens[count++] = new Range(start, i);
        }

        return count;
    }

    /// <summary>Lowercase words that start a family name ("Ludwig van der Waals", "Juan de la Cruz").</summary>
    private static bool IsParticle(ReadOnlySpan<char> token) => token is
        "van" or "von" or "der" or "den" or "de" or "la" or "le" or "du" or "di" or "da" or "del" or "della"
        or "dos" or "das" or "ter" or "ten" or "op" or "het" or "te" or "zu" or "y" or "bin" or "binti"
        or "al" or "el" or "ibn" or "st." or "vom" or "zum" or "zur";

    private static bool IsSuffix(ReadOnlySpan<char> token, int tokenCount)
    {
        if (token.Length is 0 or > 4)
        {
            return false;
        }

        Span<char> lower = stackalloc char[token.Length];
        token.ToLowerInvariant(lower);
        return lower is "jr." or "jr" or "sr." or "sr" or "ii" or "iii" or "iv" or "jnr." or "snr." or "2nd" or "3rd"

            // A lone "V" is a suffix only after a full name ("John Smith V"), not in "Pranav V".
            || (tokenCount > 2 && token is "V");
    }

    private static bool IsCapitalisedParticle(ReadOnlySpan<char> token)
    {
        if (token.Length == 0 || !char.IsUpper(token[0]) || token.Length > 6)
        {
            return false;
        }

        Span<char> lower = stackalloc char[token.Length];
        token.ToLowerInvariant(lower);
        return IsParticle(lower);
    }

    /// <summary>Whether a token is initials: <c>J.</c>, <c>J.K.</c>, or <c>JH</c> in a name not written in capitals.</summary>
    private static bool IsInitialsToken(ReadOnlySpan<char> token, ReadOnlySpan<char> name)
    {
        var letters = 0;
        var periods = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c == '.')
            {
                periods++;
            }
            else if (c is not '-')
            {
                return false;
            }
        }

        if (letters == 0 || letters > 3)
        {
            return false;
        }

        // "J." and "J.K." are initials; "JH" only when the name has lowercase letters elsewhere ("WENRUI ZUO" is not initials).
        return periods > 0 || letters == 1 || HasLowercase(name);
    }

    private static bool HasLowercase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEastAsian(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                return c is (>= '\uAC00' and <= '\uD7A3') or (>= '\u4E00' and <= '\u9FFF') or (>= '\u3040' and <= '\u30FF');
            }
        }

        return false;
    }

    private static bool IsHangulSyllables(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c is < '\uAC00' or > '\uD7A3')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Joins tokens <paramref name="start"/> to <paramref name="end"/> with single spaces.</summary>
    private static string Join(ReadOnlySpan<char> text, ReadOnlySpan<Range> tokens, int start, int end)
    {
        var first = tokens[start].Start.Value;
        var last = tokens[end - 1].End.Value;
        var slice = text[first..last];

        // The common case: tokens already separated by single spaces and nothing dropped in between.
        var expected = 0;
        for (var i = start; i < end; i++)
        {
            expected += tokens[i].End.Value - tokens[i].Start.Value;
        }

        expected += end - start - 1;
        if (expected == slice.Length && slice.IndexOfAny('\t', '\n', '\r') < 0)
        {
            return slice.ToString();
        }

        var builder = new System.Text.StringBuilder(expected);
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                builder.Append(' ');
            }

            builder.Append(text[tokens[i]]);
        }

        return builder.ToString();
    }

    private static string Collapse(ReadOnlySpan<char> text) => Collapse(text, out _);

    private static string Collapse(ReadOnlySpan<char> text, out bool dropped)
    {
        Span<Range> tokens = stackalloc Range[MaxTokens];
        var count = Tokenize(text, tokens, out dropped, out var tooMany);
        if (tooMany)
        {
            dropped = true;
            return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        return count == 0 ? "" : Join(text, tokens, 0, count);
    }
}
