using System.Text;

namespace Scholarly.Parsing.Text;

/// <summary>Whitespace handling shared by the formats that read field values (BibTeX, RIS, ACL XML).</summary>
internal static class WhitespaceText
{
    /// <summary>Collapses every run of whitespace to one space and trims.</summary>
    public static string Collapse(string text)
    {
        if (!NeedsCollapse(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool NeedsCollapse(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && text[i + 1] == ' ')))
            {
                return true;
            }
        }

        return false;
    }
}
