namespace Scholarly.Parsing.Text;

/// <summary>Cheap checks on raw text shared by the pipeline and the formats.</summary>
internal static class TextHeuristics
{
    /// <summary>Whether text looks like binary data: a NUL, or more than 10% control characters.</summary>
    public static bool LooksBinary(ReadOnlySpan<char> window)
    {
        if (window.IsEmpty)
        {
            return false;
        }

        if (window.Contains('\0'))
        {
            return true;
        }

        var controls = 0;
        foreach (var c in window)
        {
            if (c < ' ' && c is not '\n' and not '\t' and not '\f' || c is '\uFFFD')
            {
                controls++;
            }
        }

        return controls * 10 > window.Length;
    }
}
