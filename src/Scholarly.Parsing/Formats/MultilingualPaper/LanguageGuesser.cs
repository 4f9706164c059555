using System.Collections.Immutable;

namespace Scholarly.Parsing.Formats.MultilingualPaper;

/// <summary>
/// Tells which known language a short text is in by counting each language's frequent words and
/// distinctive letters: cheap, and enough to tell a title or abstract in German from one in English.
/// </summary>
internal static class LanguageGuesser
{
    // An abstract's first few thousand characters are plenty to decide.
    private const int SampleLength = 4000;

    // The winner must clearly beat the runner-up; otherwise the language is left unknown.
    private const double Margin = 1.5;

    /// <summary>The language of the text, or <see langword="null"/> when no language clearly wins.</summary>
    /// <param name="text">The text.</param>
    /// <param name="languages">The candidate languages.</param>
    public static string? Guess(ReadOnlySpan<char> text, ImmutableArray<LanguageProfile> languages)
    {
        if (languages.IsDefaultOrEmpty)
        {
            return null;
        }

        text = text[..Math.Min(text.Length, SampleLength)];
        var scores = new double[languages.Length];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            var lower = word.Length <= 12 ? word.ToString().ToLowerInvariant() : null;
            for (var k = 0; k < languages.Length; k++)
            {
                var profile = languages[k];
                if (lower is not null && profile.FunctionWords.Contains(lower))
                {
                    scores[k] += 1;
                }
                else if (profile.DistinctiveLetters.Length > 0 && word.IndexOfAny(profile.DistinctiveLetters) >= 0)
                {
                    scores[k] += 0.5;
                }
            }
        }

        int best = 0, second = -1;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best])
            {
                second = best;
                best = k;
            }
            else if (second < 0 || scores[k] > scores[second])
            {
                second = k;
            }
        }

        var runnerUp = second < 0 ? 0 : scores[second];
        return scores[best] >= 1 && scores[best] >= runnerUp * Margin && scores[best] > runnerUp
            ? languages[best].Language
            : null;
    }
}
