using System.Text;

namespace Scholarly.Parsing.Formats.PaperPages;

/// <summary>
/// Replaces LaTeX-style quotation marks that survive in abstracts taken from LaTeX sources
/// (<c>``x''</c> or <c>"x''</c>) by typographic ones (<c>“x”</c>).
/// </summary>
internal static class LatexQuotes
{
    /// <summary>The text with paired LaTeX quotes replaced; unpaired marks are left as written.</summary>
    public static string Replace(string text)
    {
        if (!text.Contains("''", StringComparison.Ordinal))
        {
            return text;
        }

        var chars = text.ToCharArray();
        var builder = new StringBuilder(text.Length);
        var open = -1;
        var openLength = 0;
        var removed = new bool[chars.Length];
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c == '\n')
            {
                // Quotes do not span paragraphs.
                open = -1;
            }
            else if (c == '`' && i + 1 < chars.Length && chars[i + 1] == '`')
            {
                open = i;
                openLength = 2;
                i++;
            }
            else if (c == '"')
            {
                // A straight quote after a straight opener closes it normally ("a" and "b").
                if (open >= 0 && openLength == 1)
                {
                    open = -1;
                }
                else
                {
                    open = i;
                    openLength = 1;
                }
            }
            else if (c == '\'' && i + 1 < chars.Length && chars[i + 1] == '\'' && open >= 0)
            {
                chars[open] = '\u201C';
                if (openLength == 2)
                {
                    removed[open + 1] = true;
                }

                chars[i] = '\u201D';
                removed[i + 1] = true;
                open = -1;
                i++;
            }
        }

        for (var i = 0; i < chars.Length; i++)
        {
            if (!removed[i])
            {
                builder.Append(chars[i]);
            }
        }

        return builder.ToString();
    }
}
