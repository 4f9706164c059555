using System.Text;

namespace Scholarly.Parsing.Names;

/// <summary>
/// Folds name text into comparison keys without allocating: lower case, accents removed
/// (<c>ö</c>→<c>o</c>, <c>ß</c>→<c>ss</c>), and everything that is not a letter or digit dropped
/// (spaces, hyphens, periods, apostrophes), so <c>Seung-Jae</c>, <c>Seung jae</c> and <c>Seungjae</c> agree.
/// </summary>
internal static class NameFolding
{
    /// <summary>Keys are cut at this many characters; longer text is not a name.</summary>
    public const int MaxKeyLength = 64;

    private const char First = '\u00C0';
    private const char Last = '\u024F';

    // Two output characters per input character of Latin-1 Supplement .. Latin Extended-B ('\0' = none).
    private static readonly char[] s_latin = BuildLatinTable();

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/>; returns the length written.</summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        var n = 0;
        var latin = s_latin;
        foreach (var c in source)
        {
            if (n >= destination.Length)
            {
                break;
            }

            if (c < 0x80)
            {
                if ((uint)(c - 'a') < 26 || (uint)(c - '0') < 10)
                {
                    destination[n++] = c;
                }
                else if ((uint)(c - 'A') < 26)
                {
                    destination[n++] = (char)(c | 0x20);
                }
            }
            else if (c is >= First and <= Last)
            {
                var index = (c - First) * 2;
                if (latin[index] != '\0')
                {
                    destination[n++] = latin[index];
                    if (latin[index + 1] != '\0' && n < destination.Length)
                    {
                        destination[n++] = latin[index + 1];
                    }
                }
            }
            else if (c is >= '\u0300' and <= '\u036F')
            {
                // Combining accents of decomposed text are dropped like precomposed ones.
            }
            else if (char.IsLetterOrDigit(c))
            {
                destination[n++] = char.ToLowerInvariant(c);
            }
        }

        return n;
    }

    /// <summary>
    /// Folds the German transliterations <c>oe</c>, <c>ue</c>, <c>ae</c> (of <c>ö</c>, <c>ü</c>, <c>ä</c>) into
    /// <c>o</c>, <c>u</c>, <c>a</c> in a folded family-name key of five letters or more, so <c>Koerner</c>
    /// meets <c>Körner</c> (folded to <c>korner</c>).
    /// </summary>
    /// <remarks>
    /// Short keys are left alone because Korean and Chinese family names such as <c>Choe</c> and <c>Xue</c>
    /// are names of their own; a vowel, <c>g</c> or <c>q</c> before the pair (<c>Bauer</c>, <c>Rodriguez</c>)
    /// and a final <c>…el</c> (<c>Michael</c>, <c>Manuel</c>) also keep the <c>e</c>.
    /// </remarks>
    public static int FoldGermanDigraphs(Span<char> key)
    {
        if (key.Length < 5)
        {
            return key.Length;
        }

        var n = 1;
        for (var i = 1; i < key.Length; i++)
        {
            var c = key[i];
            if (c == 'e' && i >= 2 && key[i - 1] is 'a' or 'o' or 'u' && IsFoldingConsonant(key[i - 2])
                && !(i + 2 == key.Length && key[i + 1] == 'l'))
            {
                continue;
            }

            key[n++] = c;
        }

        return n;
    }

    private static bool IsFoldingConsonant(char c) =>
        (uint)(c - 'a') < 26 && c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'g' or 'q');

    private static char[] BuildLatinTable()
    {
        var table = new char[(Last - First + 1) * 2];
        for (var c = First; c <= Last; c++)
        {
            var folded = Special(c) ?? Decompose(c);
            var index = (c - First) * 2;
            for (var k = 0; k < folded.Length && k < 2; k++)
            {
                table[index + k] = folded[k];
            }
        }

        return table;
    }

    // Letters that Unicode does not decompose into a base letter and an accent.
    private static string? Special(char c) => c switch
    {
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ø' or 'Ø' => "o",
        'đ' or 'Đ' or 'ð' or 'Ð' => "d",
        'ł' or 'Ł' => "l",
        'ı' => "i",
        'þ' or 'Þ' => "th",
        'ŋ' or 'Ŋ' => "n",
        'ħ' or 'Ħ' => "h",
        'ŧ' or 'Ŧ' => "t",
        'ƒ' => "f",
        '×' or '÷' => "",
        _ => null,
    };

    private static string Decompose(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var b = decomposed[0];
        if (b < 0x80 && char.IsLetter(b))
        {
            return ((char)(b | 0x20)).ToString();
        }

        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c).ToString() : "";
    }
}
