using System.Globalization;
using System.Text;

namespace Scholarly.Parsing.Text;

/// <summary>Folds text to lowercase ASCII for identifiers such as citation keys: <c>Müller</c> → <c>muller</c>, <c>Straße</c> → <c>strasse</c>.</summary>
internal static class AsciiFolding
{
    /// <summary>Returns the text in lowercase ASCII; accents are dropped, letters without an ASCII form are left out.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            decomposed = text;
        }

        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsAscii(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c) switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'ł' => "l",
                'đ' or 'ð' => "d",
                'þ' => "th",
                'ı' => "i",
                'ŋ' => "ng",
                '–' or '—' or '‐' => "-",
                '’' or '‘' => "'",
                _ => "",
            });
        }

        return builder.ToString();
    }
}
