using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Names;

/// <summary>Splits a name as written into given names, particle, family name and suffix.</summary>
internal static class PersonNameParser
{
    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "la", "le", "du", "di", "da", "del", "della", "dos", "das",
        "ter", "ten", "op", "het", "te", "zu", "y", "bin", "binti", "al", "el", "ibn", "st.",
    };

    private static readonly HashSet<string> s_suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V", "Jnr.", "Snr.",
    };

    public static PersonName Parse(string written)
    {
        var text = CollapseWhitespace(written);
        if (text.Length == 0)
        {
            return new PersonName { Written = written, IsSplitGuessed = true };
        }

        return text.Contains(',', StringComparison.Ordinal) ? ParseFamilyFirst(written, text) : ParseGivenFirst(written, text);
    }

    private static PersonName ParseGivenFirst(string written, string text)
    {
        var tokens = text.Split(' ');
        var end = tokens.Length;
        string? suffix = null;
        if (end > 1 && s_suffixes.Contains(tokens[end - 1]))
        {
            suffix = tokens[end - 1];
            end--;
        }

        if (end == 1)
        {
            // A single word: a mononym or a family name alone; which one cannot be told.
            return new PersonName { Written = written, Family = tokens[0], Suffix = suffix, IsSplitGuessed = true };
        }

        // Lowercase particles after the first given name start the family name ("Ludwig van der Waals").
        var particleStart = -1;
        for (var i = 1; i < end - 1; i++)
        {
            if (s_particles.Contains(tokens[i]))
            {
                particleStart = i;
                break;
            }
        }

        if (particleStart > 0)
        {
            return new PersonName
            {
                Written = written,
                Given = Join(tokens, 0, particleStart),
                Particle = Join(tokens, particleStart, end - 1),
                Family = tokens[end - 1],
                Suffix = suffix,
            };
        }

        // A capitalised particle ("Teven Le Scao") may belong to the family name or be a middle name.
        var guessed = false;
        var familyStart = end - 1;
        if (end >= 3 && s_particles.Contains(tokens[end - 2].ToLowerInvariant()))
        {
            familyStart = end - 2;
            guessed = true;
        }

        return new PersonName
        {
            Written = written,
            Given = Join(tokens, 0, familyStart),
            Family = Join(tokens, familyStart, end),
            Suffix = suffix,
            IsSplitGuessed = guessed,
        };
    }

    private static PersonName ParseFamilyFirst(string written, string text)
    {
        // "von Last, First" or "von Last, Jr, First" (BibTeX order).
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var familyPart = parts[0];
        string? suffix = null;
        string given;
        if (parts.Length >= 3)
        {
            suffix = parts[1].Length > 0 ? parts[1] : null;
            given = string.Join(", ", parts[2..]);
        }
        else
        {
            given = parts[1];
        }

        var familyTokens = familyPart.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var particleEnd = 0;
        while (particleEnd < familyTokens.Length - 1 && s_particles.Contains(familyTokens[particleEnd]))
        {
            particleEnd++;
        }

        return new PersonName
        {
            Written = written,
            Given = given.Length > 0 ? given : null,
            Particle = particleEnd > 0 ? Join(familyTokens, 0, particleEnd) : null,
            Family = familyTokens.Length > 0 ? Join(familyTokens, particleEnd, familyTokens.Length) : null,
            Suffix = suffix,
            IsSplitGuessed = familyTokens.Length == 0 || given.Length == 0,
        };
    }

    private static string Join(string[] tokens, int start, int end) => string.Join(' ', tokens, start, end - start);

    private static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
