using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Benchmarks.Names;

/// <summary>
/// Realistic name pairs, generated deterministically from a seeded <see cref="Random"/>: Korean romanisations
/// with case, hyphen and space variants, Chinese and European names with diacritics and German spellings,
/// initials, family-name-first writing, all-caps, and different people sharing a family name.
/// </summary>
public static class NamePairCorpus
{
    private static readonly string[] s_koreanSyllables =
    [
        "mi", "hyeon", "june", "hyoung", "young", "bin", "seung", "jae", "hyun", "woo", "jung", "jin", "hyuk",
        "min", "chan", "eun", "ju", "hwan", "kyung", "chang", "dae", "hye", "ji", "hee", "keon", "su", "gyeong",
        "moon", "joon", "ho", "sang", "yeon", "da", "seo", "yoon", "ha", "na", "won", "sik", "soo",
    ];

    private static readonly string[] s_koreanFamilies =
    [
        "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin",
        "Kwon", "Hwang", "Ahn", "Song", "Yun", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Yoo",
    ];

    private static readonly string[] s_chineseGiven =
    [
        "Wei", "Yang", "Xin", "Hao", "Jing", "Ming", "Yiming", "Zhihao", "Jiajun", "Xuan", "Yu", "Fang", "Lei",
        "Tao", "Jun", "Wenrui", "Xiaoyu", "Haoran", "Yuxuan", "Zihan",
    ];

    private static readonly string[] s_chineseFamilies =
    [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Zuo",
    ];

    private static readonly string[] s_westernGiven =
    [
        "Felicia", "Steven", "Anthony", "José", "Jürgen", "François", "Zoë", "Søren", "Łukasz", "Benjamin", "Maria",
        "Anne", "Caio", "Teven", "Ludwig", "Juan", "Michael", "Christopher", "Élodie", "Renée", "Kranti", "Andreas",
    ];

    private static readonly string[] s_westernFamilies =
    [
        "Müller", "Körner", "Schäfer", "Abeillé", "García", "Martínez", "Le Scao", "van der Waals", "de la Cruz",
        "Smith", "Johnson", "Rossi", "Dubois", "Nowak", "Jensen", "O'Brien", "Abney", "Hughes", "Ruppik", "Corro",
        "Chalamalasetti", "Madsack", "Weiß", "Gößling",
    ];

    /// <summary>Generates <paramref name="count"/> pairs of names as written.</summary>
    /// <param name="count">How many pairs.</param>
    /// <param name="seed">The random seed; the same seed gives the same pairs.</param>
    public static (string A, string B)[] Generate(int count, int seed = 20261122)
    {
        var random = new Random(seed);
        var pairs = new (string, string)[count];
        for (var i = 0; i < count; i++)
        {
            pairs[i] = NextPair(random);
        }

        return pairs;
    }

    /// <summary>Generates pairs and parses both sides.</summary>
    /// <param name="count">How many pairs.</param>
    /// <param name="seed">The random seed.</param>
    public static (PersonName A, PersonName B)[] GenerateParsed(int count, int seed = 20261122) =>
        [.. Generate(count, seed).Select(p => (PersonName.Parse(p.A), PersonName.Parse(p.B)))];

    /// <summary>One realistic name as written, at most 32 characters.</summary>
    /// <param name="random">The random source.</param>
    public static string NextName(Random random)
    {
        var (given, family) = NextParts(random);
        return $"{given} {family}";
    }

    private static (string Given, string Family) NextParts(Random random)
    {
        switch (random.Next(10))
        {
            case < 5:
                var first = s_koreanSyllables[random.Next(s_koreanSyllables.Length)];
                var second = s_koreanSyllables[random.Next(s_koreanSyllables.Length)];
                return (Capitalise(first) + second, s_koreanFamilies[random.Next(s_koreanFamilies.Length)]);
            case < 7:
                return (s_chineseGiven[random.Next(s_chineseGiven.Length)], s_chineseFamilies[random.Next(s_chineseFamilies.Length)]);
            default:
                return (s_westernGiven[random.Next(s_westernGiven.Length)], s_westernFamilies[random.Next(s_westernFamilies.Length)]);
        }
    }

    private static (string, string) NextPair(Random random)
    {
        var (given, family) = NextParts(random);
        var name = $"{given} {family}";
        switch (random.Next(11))
        {
            case 0:
                return (name, name);
            case 1:
                // Case variant: "MiHyeon Kim" / "Mihyeon Kim".
                return (name, $"{CamelCase(given)} {family}");
            case 2:
                // Hyphen and space variants: "Seung-jae" / "Seung jae" / "Seungjae".
                return ($"{Split(given, "-")} {family}", $"{Split(given, random.Next(2) == 0 ? " " : "")} {family}");
            case 3:
                return ($"{given[0]}. {family}", name);
            case 4:
                return (name, $"{StripAccents(given)} {GermanSpelling(family)}");
            case 5:
                return (name, $"{family} {given}");
            case 6:
                return (name.ToUpperInvariant(), name);
            case 7:
                return (name, $"{given} {(char)('A' + random.Next(26))}. {family}");
            case 8:
            case 9:
                // A different person with the same family name: the hard negatives.
                var (otherGiven, _) = NextParts(random);
                return (name, $"{otherGiven} {family}");
            default:
                return (name, NextName(random));
        }
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string CamelCase(string given)
    {
        // Capitalise the second Korean syllable when one can be found ("Mihyeon" -> "MiHyeon").
        foreach (var syllable in s_koreanSyllables)
        {
            if (given.Length > syllable.Length && given.StartsWith(syllable, StringComparison.OrdinalIgnoreCase))
            {
                return given[..syllable.Length] + char.ToUpperInvariant(given[syllable.Length]) + given[(syllable.Length + 1)..];
            }
        }

        return given.ToLowerInvariant();
    }

    private static string Split(string given, string separator)
    {
        foreach (var syllable in s_koreanSyllables)
        {
            if (given.Length > syllable.Length + 1 && given.StartsWith(syllable, StringComparison.OrdinalIgnoreCase))
            {
                return given[..syllable.Length] + separator + given[syllable.Length..];
            }
        }

        return given;
    }

    private static string StripAccents(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
    }

    private static string GermanSpelling(string family) =>
        family.Replace("ü", "ue", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
}
