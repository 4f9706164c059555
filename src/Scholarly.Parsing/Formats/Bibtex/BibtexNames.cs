using Scholarly.Parsing.Model;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.Bibtex;

/// <summary>
/// BibTeX's name rules: a list split on <c>and</c> at brace level 0, each name in one of the forms
/// <c>First von Last</c>, <c>von Last, First</c> or <c>von Last, Jr, First</c>; the von part is the
/// run of words that start with a lowercase letter; a braced group such as <c>{Barack Obama}</c> is
/// one word (a corporate name stays whole); <c>and others</c> marks a truncated list.
/// </summary>
/// <remarks>
/// The split follows the rules exactly, so <see cref="PersonName.IsSplitGuessed"/> is never set. Parts
/// are turned from LaTeX into text after splitting, so <c>{\"u}</c> never breaks a word.
/// </remarks>
internal static class BibtexNames
{
    /// <summary>Splits a list of names.</summary>
    /// <param name="value">The raw field value, e.g. <c>Kim, MiHyeon and Park, Juhyoung and others</c>.</param>
    /// <param name="latex">Whether the value is LaTeX (BibTeX) rather than plain text (RIS).</param>
    /// <param name="truncated">Whether the list ends in <c>and others</c>.</param>
    public static List<PersonName> ParseList(string value, bool latex, out bool truncated)
    {
        truncated = false;
        var names = new List<PersonName>();
        foreach (var (start, length) in SplitOnAnd(value))
        {
            var raw = value.AsSpan(start, length).Trim();
            if (raw.IsEmpty)
            {
                continue;
            }

            if (raw.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                truncated = true;
                continue;
            }

            names.Add(Parse(raw.ToString(), latex));
        }

        return names;
    }

    /// <summary>Splits one name by the BibTeX rules.</summary>
    public static PersonName Parse(string raw, bool latex)
    {
        var parts = SplitParts(raw);
        List<string> first, von, last, jr = [];
        if (parts.Count == 1)
        {
            SplitFirstVonLast(parts[0], out first, out von, out last);
        }
        else
        {
            SplitVonLast(parts[0], out von, out last);
            if (parts.Count == 2)
            {
                first = parts[1];
            }
            else
            {
                jr = parts[1];
                // BibTeX rejects more than two commas; the rest is kept in the given names.
                first = [.. parts.Skip(2).SelectMany(p => p)];
            }
        }

        return new PersonName
        {
            Written = Text(WhitespaceText.Collapse(raw), latex) ?? "",
            Given = Join(first, latex),
            Particle = Join(von, latex),
            Family = Join(last, latex),
            Suffix = Join(jr, latex),
        };
    }

    /// <summary>Splits a <c>von Last</c> part; used for RIS names too.</summary>
    public static void SplitVonLast(List<string> words, out List<string> von, out List<string> last)
    {
        var lastLower = -1;
        if (words.Count > 1 && CaseOf(words[0]) == WordCase.Lower)
        {
            for (var i = 0; i < words.Count - 1; i++)
            {
                if (CaseOf(words[i]) == WordCase.Lower)
                {
                    lastLower = i;
                }
            }
        }

        von = words[..(lastLower + 1)];
        last = words[(lastLower + 1)..];
    }

    /// <summary>The words of a name part at brace level 0 (split on whitespace and <c>~</c>).</summary>
    public static List<string> Words(ReadOnlySpan<char> part)
    {
        var words = new List<string>();
        var start = 0;
        foreach (var separator in AtTopLevel(part, " \t\n\f\v~"))
        {
            AddWord(words, part[start..separator]);
            start = separator + 1;
        }

        AddWord(words, part[start..]);
        return words;
    }

    private static void AddWord(List<string> words, ReadOnlySpan<char> word)
    {
        if (!word.IsEmpty)
        {
            words.Add(word.ToString());
        }
    }

    /// <summary>The positions of some characters outside braces (a backslash escapes the character after it).</summary>
    private static List<int> AtTopLevel(ReadOnlySpan<char> text, string characters)
    {
        var positions = new List<int>();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && characters.Contains(c, StringComparison.Ordinal))
            {
                positions.Add(i);
            }
        }

        return positions;
    }

    private static void SplitFirstVonLast(List<string> words, out List<string> first, out List<string> von, out List<string> last)
    {
        var firstLower = -1;
        var lastLower = -1;
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (CaseOf(words[i]) == WordCase.Lower)
            {
                firstLower = firstLower < 0 ? i : firstLower;
                lastLower = i;
            }
        }

        if (firstLower < 0)
        {
            first = words.Count > 1 ? words[..^1] : [];
            von = [];
            last = words.Count > 0 ? words[^1..] : [];
            return;
        }

        first = words[..firstLower];
        von = words[firstLower..(lastLower + 1)];
        last = words[(lastLower + 1)..];
    }

    // The comma-separated parts at brace level 0, each as words.
    private static List<List<string>> SplitParts(string raw)
    {
        var parts = new List<List<string>>();
        var start = 0;
        foreach (var comma in AtTopLevel(raw, ","))
        {
            parts.Add(Words(raw.AsSpan(start, comma - start)));
            start = comma + 1;
        }

        parts.Add(Words(raw.AsSpan(start)));
        return parts;
    }

    // The positions of the names between " and " at brace level 0 (any case, any whitespace).
    private static List<(int Start, int Length)> SplitOnAnd(string value)
    {
        var names = new List<(int, int)>();
        var start = 0;
        foreach (var space in AtTopLevel(value, " \t\n\f\v"))
        {
            if (space >= start && space + 4 < value.Length
                && value.AsSpan(space + 1, 3).Equals("and", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(value[space + 4]))
            {
                names.Add((start, space - start));
                start = space + 4;
            }
        }

        names.Add((start, value.Length - start));
        return names;
    }

    private static readonly HashSet<string> s_letterCommands =
        ["ss", "o", "O", "l", "L", "ae", "AE", "oe", "OE", "aa", "AA", "i", "j"];

    private enum WordCase
    {
        None,
        Lower,
        Upper,
    }

    // The case of a word is that of its first letter at brace level 0; a special character such as
    // {\"u} or {\ss} counts with the letter it makes; other braced groups have no case.
    private static WordCase CaseOf(string word)
    {
        var depth = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{')
            {
                if (depth == 0 && i + 1 < word.Length && word[i + 1] == '\\')
                {
                    return SpecialCharacterCase(word, i + 2);
                }

                depth++;
                continue;
            }

            if (c == '}')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (depth == 0 && char.IsLetter(c))
            {
                return char.IsLower(c) ? WordCase.Lower : WordCase.Upper;
            }
        }

        return WordCase.None;
    }

    private static WordCase SpecialCharacterCase(string word, int i)
    {
        var end = i;
        while (end < word.Length && char.IsAsciiLetter(word[end]))
        {
            end++;
        }

        // A letter command (\ss, \o, \AE) has the case of its name; an accent (\v{c}, \"u) that of its letter.
        return s_letterCommands.Contains(word[i..end])
            ? char.IsLower(word[i]) ? WordCase.Lower : WordCase.Upper
            : NextLetterCase(word, end);
    }

    private static WordCase NextLetterCase(string word, int i)
    {
        for (; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]))
            {
                return char.IsLower(word[i]) ? WordCase.Lower : WordCase.Upper;
            }
        }

        return WordCase.None;
    }

    private static string? Join(List<string> words, bool latex) =>
        words.Count == 0 ? null : Text(string.Join(' ', words), latex);

    private static string? Text(string raw, bool latex)
    {
        var text = latex ? LatexText.Clean(raw) : raw;
        text = WhitespaceText.Collapse(text);
        return text.Length == 0 ? null : text;
    }
}
