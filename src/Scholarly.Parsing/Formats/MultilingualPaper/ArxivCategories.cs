using System.Buffers;
using System.Collections.Frozen;

namespace Scholarly.Parsing.Formats.MultilingualPaper;

/// <summary>Recognises arXiv subject categories such as <c>cs.AI</c>, <c>stat.ML</c> or <c>hep-th</c>.</summary>
internal static class ArxivCategories
{
    // Archives that take a subject class after a dot (cs.AI), and those that stand alone (hep-th).
    private static readonly SearchValues<char> s_subjectChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-");

    private static readonly FrozenSet<string> s_archives = FrozenSet.ToFrozenSet(
    [
        "cs", "math", "stat", "eess", "econ", "q-bio", "q-fin", "physics", "astro-ph", "cond-mat", "nlin",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_standalone = FrozenSet.ToFrozenSet(
    [
        "hep-th", "hep-ph", "hep-ex", "hep-lat", "gr-qc", "quant-ph", "nucl-th", "nucl-ex", "math-ph", "astro-ph", "cond-mat", "nlin",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_computerScience = FrozenSet.ToFrozenSet(
    [
        "AI", "AR", "CC", "CE", "CG", "CL", "CR", "CV", "CY", "DB", "DC", "DL", "DM", "DS", "ET", "FL", "GL", "GR", "GT",
        "HC", "IR", "IT", "LG", "LO", "MA", "MM", "MS", "NA", "NE", "NI", "OH", "OS", "PF", "PL", "RO", "SC", "SD", "SE",
        "SI", "SY",
    ], StringComparer.Ordinal);

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
            isKnownSubject = s_standalone.Contains(token);
            return isKnownSubject;
        }

        var archive = token[..dot];
        var subject = token.AsSpan(dot + 1);
        if (!s_archives.Contains(archive) || subject.Length < 2 || subject.IndexOfAnyExcept(s_subjectChars) >= 0)
        {
            return false;
        }

        isKnownSubject = archive != "cs" || s_computerScience.Contains(subject.ToString());
        return true;
    }
}
