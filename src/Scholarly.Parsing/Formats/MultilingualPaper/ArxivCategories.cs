using System.Buffers;
using Scholarly.Parsing.Formats.Arxiv;

namespace Scholarly.Parsing.Formats.MultilingualPaper;

/// <summary>Recognises arXiv subject categories such as <c>cs.AI</c>, <c>stat.ML</c> or <c>hep-th</c>.</summary>
internal static class ArxivCategories
{
    // The characters of a subject class (AI in cs.AI, atom-ph in physics.atom-ph).
    private static readonly SearchValues<char> s_subjectChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-");

    /// <summary>
    /// Whether every token of the line (separated by spaces, commas or semicolons) is a category, as
    /// on a line <c>cs.AI</c> or <c>cs.CL cs.LG</c>.
    /// </summary>
    public static bool IsCategoryLine(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > 120)
        {
            return false;
        }

        // Token by token without building a list: most lines fail on their first token.
        var any = false;
        while (!line.IsEmpty)
        {
            var end = line.IndexOfAny(" ,;");
            var token = (end < 0 ? line : line[..end]).Trim("()");
            if (!token.IsEmpty)
            {
                // Every category holds a dot (cs.AI) or a hyphen (hep-th) and is short.
                if (token.Length > 24 || !token.ContainsAny('.', '-') || !IsCategory(token.ToString(), out _))
                {
                    return false;
                }

                any = true;
            }

            line = end < 0 ? default : line[(end + 1)..];
        }

        return any;
    }

    /// <summary>
    /// The tokens of a category list; a token <c>Artificial Intelligence (cs.AI)</c> gives <c>cs.AI</c>.
    /// </summary>
    public static List<string> Tokens(ReadOnlySpan<char> line)
    {
        var tokens = new List<string>();
        while (!line.IsEmpty)
        {
            var end = line.IndexOfAny(" ,;");
            var token = (end < 0 ? line : line[..end]).Trim("()");
            if (!token.IsEmpty)
            {
                tokens.Add(token.ToString());
            }

            line = end < 0 ? default : line[(end + 1)..];
        }

        return tokens;
    }

    /// <summary>Whether a token is shaped like an arXiv category of a known archive.</summary>
    /// <param name="token">The token, e.g. <c>cs.AI</c>.</param>
    /// <param name="isKnownSubject">Whether the subject class is known too (only checked for <c>cs</c>).</param>
    public static bool IsCategory(string token, out bool isKnownSubject)
    {
        isKnownSubject = false;
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            isKnownSubject = ArxivTaxonomy.StandaloneArchives.Contains(token);
            return isKnownSubject;
        }

        var archive = token[..dot];
        var subject = token.AsSpan(dot + 1);
        if (!ArxivTaxonomy.ArchivesWithSubjects.Contains(archive) || subject.Length < 2 || subject.IndexOfAnyExcept(s_subjectChars) >= 0)
        {
            return false;
        }

        isKnownSubject = archive != "cs" || ArxivTaxonomy.IsComputerScienceSubject(subject.ToString());
        return true;
    }
}
