using System.Globalization;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Formats.MultilingualPaper;

/// <summary>
/// Reads a date line such as <c>March 18, 2025</c>, <c>18. März 2025</c>, <c>18 mars 2025</c>,
/// <c>Mar 2025</c> or <c>2025-03-18</c>, with month names from the label table.
/// </summary>
internal static class PageDateReader
{
    private const int MaxDateLength = 40;

    /// <summary>
    /// Whether a line is shaped like a date: short, with a four-digit year and either one word (the
    /// month) or three numbers. Such a line is a date even when it cannot be read (then it is malformed).
    /// </summary>
    public static bool LooksLikeDate(ReadOnlySpan<char> line)
    {
        // A date has a four-digit year: a line without a digit is ruled out before it is tokenised.
        if (line.IsEmpty || line.Length > MaxDateLength || !line.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        // The same tokens as Tokenise, counted in place: most lines fail here, so nothing is allocated for them.
        int words = 0, numbers = 0, years = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsLetter(c))
            {
                while (i < line.Length && (char.IsLetter(line[i]) || line[i] == '.'))
                {
                    i++;
                }

                if (++words > 1)
                {
                    return false;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < line.Length && char.IsAsciiDigit(line[i]))
                {
                    i++;
                }

                var length = i - start;
                if (length is 3 or > 4)
                {
                    return false;
                }

                numbers++;
                years += length == 4 ? 1 : 0;
            }
            else if (c is ' ' or ',' or '.' or '-' or '/')
            {
                i++;
            }
            else
            {
                return false;
            }
        }

        return years == 1 && words <= 1 && numbers <= 3 && (words == 1 || numbers == 3);
    }

    /// <summary>Reads a date line; <see langword="false"/> when it names no known month or no real day.</summary>
    /// <param name="line">The line.</param>
    /// <param name="months">Month names to month numbers.</param>
    /// <param name="date">The date, at day, month or year precision.</param>
    public static bool TryRead(ReadOnlySpan<char> line, IReadOnlyDictionary<string, int> months, out PublicationDate date)
    {
        date = null!;
        if (!LooksLikeDate(line))
        {
            return false;
        }

        int? month = null, day = null, year = null;
        var numbers = new List<int>(3);
        var dashed = line.Contains('-');
        foreach (var token in Tokenise(line))
        {
            if (token.IsWord)
            {
                if (!months.TryGetValue(token.Text.TrimEnd('.'), out var m))
                {
                    return false;
                }

                month = m;
                continue;
            }

            var value = int.Parse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture);
            if (token.Text.Length == 4)
            {
                year = value;
            }
            else
            {
                numbers.Add(value);
            }
        }

        if (month is not null)
        {
            if (numbers.Count > 1)
            {
                return false;
            }

            day = numbers.Count == 1 ? numbers[0] : null;
        }
        else if (numbers.Count == 2)
        {
            // 2025-03-18 (ISO) or 18.03.2025 (day first); 03/18/2025 is ambiguous and not read.
            if (dashed && line.TrimStart()[..4].IndexOfAnyExceptInRange('0', '9') < 0)
            {
                month = numbers[0];
                day = numbers[1];
            }
            else if (line.Contains('.') && !dashed)
            {
                day = numbers[0];
                month = numbers[1];
            }
            else
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (year is not (>= 1000 and <= 2999) || month is not (>= 1 and <= 12))
        {
            return false;
        }

        if (day is { } d)
        {
            if (d < 1 || d > DateTime.DaysInMonth(year.Value, month.Value))
            {
                return false;
            }

            date = PublicationDate.FromDate(year.Value, month.Value, d);
            return true;
        }

        date = new PublicationDate { Year = year.Value, Month = month };
        return true;
    }

    private static List<Token> Tokenise(ReadOnlySpan<char> line)
    {
        var tokens = new List<Token>(4);
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < line.Length && (char.IsLetter(line[i]) || line[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new Token(line[start..i].ToString(), IsWord: true, IsInvalid: false));
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < line.Length && char.IsAsciiDigit(line[i]))
                {
                    i++;
                }

                var length = i - start;
                tokens.Add(new Token(line[start..i].ToString(), IsWord: false, IsInvalid: length is 3 or > 4));
            }
            else if (c is ' ' or ',' or '.' or '-' or '/')
            {
                i++;
            }
            else
            {
                tokens.Add(new Token(c.ToString(), IsWord: false, IsInvalid: true));
                i++;
            }
        }

        return tokens;
    }

    private readonly record struct Token(string Text, bool IsWord, bool IsInvalid);
}
