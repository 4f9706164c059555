using System.Globalization;
using System.Text;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Identity;

/// <summary>Folds paper titles for matching and measures how alike two folded titles are.</summary>
internal static class TitleKey
{
    /// <summary>Lower case, LaTeX and accents removed, every run of non-letters and non-digits one space.</summary>
    public static string Fold(string title)
    {
        if (LatexText.MayNeedCleaning(title))
        {
            title = LatexText.Clean(title);
        }

        var decomposed = title.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>1 − Levenshtein distance / longer length; 0 quickly when the lengths alone rule out <paramref name="atLeast"/>.</summary>
    public static double Similarity(string a, string b, double atLeast)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        var longer = Math.Max(a.Length, b.Length);
        var allowed = (int)Math.Floor((1 - atLeast) * longer);
        if (Math.Abs(a.Length - b.Length) > allowed)
        {
            return 0;
        }

        var distance = BoundedLevenshtein(a, b, allowed);
        return distance > allowed ? 0 : 1 - (double)distance / longer;
    }

    // Banded dynamic programming: only cells within `bound` of the diagonal can stay under the bound.
    private static int BoundedLevenshtein(string a, string b, int bound)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - bound);
            var to = Math.Min(b.Length, i + bound);
            current[0] = i;
            if (from > 1)
            {
                current[from - 1] = bound + 1;
            }

            var rowMin = int.MaxValue;
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (to < b.Length)
            {
                current[to + 1] = bound + 1;
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
