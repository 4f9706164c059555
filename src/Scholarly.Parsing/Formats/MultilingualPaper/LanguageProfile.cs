using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Scholarly.Parsing.Formats.MultilingualPaper;

/// <summary>
/// What the format knows about one language: words that mark it, letters only it uses among the
/// known languages, month names for dates, and the conjunctions of author lists.
/// </summary>
internal sealed class LanguageProfile
{
    /// <summary>Creates a profile from space-separated word lists.</summary>
    /// <param name="language">The BCP 47 tag, e.g. <c>de</c>.</param>
    /// <param name="functionWords">Frequent short words of the language, lowercase, space-separated.</param>
    /// <param name="distinctiveLetters">Letters that mark the language (e.g. <c>äöüß</c>), or empty.</param>
    /// <param name="months">Twelve groups separated by <c>|</c>, each the month's names separated by spaces (<c>März Mär</c>).</param>
    /// <param name="conjunctions">Words joining the last two authors, space-separated (<c>und</c>).</param>
    public LanguageProfile(string language, string functionWords, string distinctiveLetters, string months, string conjunctions)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        Language = language;
        FunctionWords = Words(functionWords).ToFrozenSet(StringComparer.Ordinal);
        DistinctiveLetters = distinctiveLetters ?? "";
        var groups = months.Split('|', StringSplitOptions.TrimEntries);
        if (groups.Length != 12)
        {
            throw new ArgumentException("Give twelve month groups separated by '|'.", nameof(months));
        }

        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < groups.Length; i++)
        {
            foreach (var name in Words(groups[i]))
            {
                names.TryAdd(name.TrimEnd('.'), i + 1);
            }
        }

        Months = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Conjunctions = [.. Words(conjunctions)];
    }

    /// <summary>The BCP 47 tag.</summary>
    public string Language { get; }

    /// <summary>Frequent words, lowercase.</summary>
    public FrozenSet<string> FunctionWords { get; }

    /// <summary>Letters that mark the language among the known ones.</summary>
    public string DistinctiveLetters { get; }

    /// <summary>Month names (without a trailing dot) to month numbers.</summary>
    public FrozenDictionary<string, int> Months { get; }

    /// <summary>Words joining the last two names of an author list.</summary>
    public ImmutableArray<string> Conjunctions { get; }

    private static string[] Words(string text) =>
        (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
