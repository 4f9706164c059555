using System.Text;

namespace Scholarly.Parsing.Text;

/// <summary>Removes Markdown emphasis markers (<c>*x*</c>, <c>**x**</c>) that survive a copy from a rendered page.</summary>
internal static class MarkdownEmphasis
{
    /// <summary>Returns the text without emphasis markers; a lone <c>*</c> (as in <c>a * b</c> or <c>*SEM</c>) is kept.</summary>
    public static string Strip(string text)
    {
        if (!text.Contains('*', StringComparison.Ordinal))
        {
            return text;
        }

        var remove = new bool[text.Length];
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '*' || remove[i])
            {
                continue;
            }

            var run = text[i..].Length > 1 && text[i + 1] == '*' ? 2 : 1;
            if (!CanOpen(text, i, run))
            {
                i += run - 1;
                continue;
            }

            var close = FindClose(text, i + run, run);
            if (close < 0)
            {
                i += run - 1;
                continue;
            }

            for (var k = 0; k < run; k++)
            {
                remove[i + k] = true;
                remove[close + k] = true;
            }

            any = true;
            i += run - 1;
        }

        if (!any)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!remove[i])
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool CanOpen(string text, int i, int run)
    {
        var after = i + run;
        if (after >= text.Length || char.IsWhiteSpace(text[after]) || text[after] == '*')
        {
            return false;
        }

        return i == 0 || char.IsWhiteSpace(text[i - 1]) || char.IsPunctuation(text[i - 1]);
    }

    private static int FindClose(string text, int from, int run)
    {
        for (var j = from; j + run <= text.Length; j++)
        {
            if (text[j] != '*')
            {
                continue;
            }

            var length = 1;
            while (j + length < text.Length && text[j + length] == '*')
            {
                length++;
            }

            if (length == run && !char.IsWhiteSpace(text[j - 1]))
            {
                var next = j + run;
                if (next == text.Length || char.IsWhiteSpace(text[next]) || char.IsPunctuation(text[next]))
                {
                    return j;
                }
            }

            j += length - 1;
        }

        return -1;
    }
}
