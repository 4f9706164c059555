using System.Globalization;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Formats.ResearcherProfile;

/// <summary>
/// Reads an entry's author line: comma-separated names, an optional <c>et al.</c> (the list is cut
/// short) and an optional <c>· cmu, uw</c> suffix naming the authors' institutions.
/// </summary>
internal static class ProfileAuthors
{
    private static readonly string[] s_truncationMarkers = ["et al.", "et al", "and others", "…", "..."];

    /// <summary>The authors, whether the list is truncated, and the affiliations.</summary>
    public readonly record struct AuthorLine(EquatableArray<PersonName> Authors, bool Truncated, EquatableArray<Affiliation> Affiliations);

    /// <summary>Whether a line reads like an author list rather than prose (an abstract).</summary>
    public static bool LooksLikeAuthorLine(string line)
    {
        if (line.Length > 2000)
        {
            return false;
        }

        var names = SplitNames(StripSuffixes(line, out _, out _));
        if (names.Count == 0)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (!LooksLikeName(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads an author line; names are kept as written.</summary>
    public static AuthorLine Read(string line)
    {
        var names = StripSuffixes(line, out var truncated, out var affiliations);
        return new AuthorLine([.. SplitNames(names).Select(PersonName.Parse)], truncated, [.. affiliations.Select(Affiliation.FromName)]);
    }

    private static string StripSuffixes(string line, out bool truncated, out List<string> affiliations)
    {
        affiliations = [];
        var names = line;
        var dot = line.IndexOf('·', StringComparison.Ordinal);
        if (dot >= 0)
        {
            names = line[..dot];
            foreach (var part in line[(dot + 1)..].Split([',', '·'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                affiliations.Add(part);
            }
        }

        names = names.Trim().TrimEnd(',').TrimEnd();
        truncated = false;
        foreach (var marker in s_truncationMarkers)
        {
            if (names.EndsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                names = names[..^marker.Length].TrimEnd().TrimEnd(',').TrimEnd();
                truncated = true;
                break;
            }
        }

        return names;
    }

    private static List<string> SplitNames(string names)
    {
        var result = new List<string>();
        foreach (var part in names.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // "A, B and C" and "A & B": the last names are joined by a word, not a comma.
            var rest = part;
            if (rest.StartsWith("and ", StringComparison.Ordinal))
            {
                rest = rest[4..].TrimStart();
            }

            foreach (var name in rest.Split([" and ", " & "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                result.Add(name);
            }
        }

        return result;
    }

    private static bool LooksLikeName(string name)
    {
        if (name.Length is 0 or > 60 || !char.IsLetter(name[0]))
        {
            return false;
        }

        var words = 1;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!char.IsLetter(c) && c is not '.' and not '-' and not '\'' and not '’' && CharUnicodeInfo.GetUnicodeCategory(c) is not UnicodeCategory.NonSpacingMark)
            {
                return false;
            }
        }

        return words <= 6;
    }
}
