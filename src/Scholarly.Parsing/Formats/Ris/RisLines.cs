namespace Scholarly.Parsing.Formats.Ris;

/// <summary>
/// The two line shapes of tagged bibliographies: RIS (<c>AU  - Kim, MiHyeon</c>) and the Web of
/// Science export (<c>AU Kim, M</c>, with values continued on lines indented by three spaces).
/// </summary>
internal static class RisLines
{
    /// <summary>Reads <c>XY  - value</c> (one to three spaces before the hyphen; the value may be empty).</summary>
    public static bool TryReadRisTag(ReadOnlySpan<char> line, out string tag, out string value)
    {
        tag = "";
        value = "";
        if (line.Length < 4 || !IsTag(line))
        {
            return false;
        }

        var i = 2;
        while (i < line.Length && i < 5 && line[i] == ' ')
        {
            i++;
        }

        if (i == 2 || i >= line.Length || line[i] != '-' || (i + 1 < line.Length && line[i + 1] != ' '))
        {
            return false;
        }

        tag = line[..2].ToString();
        value = line[(i + 1)..].Trim().ToString();
        return true;
    }

    /// <summary>Reads <c>XY value</c> or a bare <c>XY</c> (<c>ER</c>, <c>EF</c>) of a Web of Science export.</summary>
    public static bool TryReadWosTag(ReadOnlySpan<char> line, out string tag, out string value)
    {
        tag = "";
        value = "";
        if (line.Length < 2 || !IsTag(line) || (line.Length > 2 && line[2] != ' '))
        {
            return false;
        }

        tag = line[..2].ToString();
        value = line.Length > 3 ? line[3..].Trim().ToString() : "";
        return true;
    }

    private static bool IsTag(ReadOnlySpan<char> line) => char.IsAsciiLetterUpper(line[0]) && (char.IsAsciiLetterUpper(line[1]) || char.IsAsciiDigit(line[1]));
}
