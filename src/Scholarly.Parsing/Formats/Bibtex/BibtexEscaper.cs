using System.Buffers;
using System.Text;

namespace Scholarly.Parsing.Formats.Bibtex;

/// <summary>
/// Writes text as LaTeX that <see cref="BibtexPaperMapper.ToText"/> reads back unchanged: the special
/// characters <c># $ % &amp; _ { } ~ ^ \</c> are escaped, dashes become <c>--</c> and <c>---</c>, and
/// character pairs LaTeX would join (<c>--</c>, <c>``</c>, <c>''</c>) are kept apart with <c>{}</c>.
/// Other Unicode is written as is (BibTeX 0.99, biber and every modern toolchain read UTF-8).
/// </summary>
internal static class BibtexEscaper
{
    // Characters that cannot appear in a citation key or a field name.
    private static readonly SearchValues<char> s_notInNames = SearchValues.Create(" \t\n=,{}()\"#%'\\@");

    /// <summary>Whether a citation key or field name can be written as it is.</summary>
    public static bool IsName(string name) => name.Length > 0 && name.AsSpan().IndexOfAny(s_notInNames) < 0;

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        Append(builder, text);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '#' or '$' or '%' or '&' or '_' or '{' or '}':
                    builder.Append('\\').Append(c);
                    break;
                case '~':
                    builder.Append(@"\textasciitilde{}");
                    break;
                case '^':
                    builder.Append(@"\textasciicircum{}");
                    break;
                case '\\':
                    builder.Append(@"\textbackslash{}");
                    break;
                case '–' or '—' or '-' or '`' or '\'':
                    builder.Append(c switch { '–' => "--", '—' => "---", _ => c.ToString() });
                    if (i + 1 < text.Length && JoinsWith(c, text[i + 1]))
                    {
                        // Read back together these would make a ligature (a dash, a curly quote): keep them apart.
                        builder.Append("{}");
                    }

                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
    }

    private static bool JoinsWith(char c, char next) =>
        c is '-' or '–' or '—' ? next is '-' or '–' or '—' : next == c;

    /// <summary>Whether the braces of a raw value balance, so it can be written between braces as it is.</summary>
    public static bool BracesBalance(string raw)
    {
        var depth = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            switch (raw[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth < 0:
                    return false;
            }
        }

        return depth == 0;
    }
}
