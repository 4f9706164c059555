namespace Scholarly.Parsing.Formats.PaperPages;

/// <summary>
/// Reads a field label at the start of a line, as detail tables copy: <c>Label:</c> alone (the value
/// follows on the next lines), <c>Label:</c> then a tab or spaces and the value, or the value glued
/// to the colon (<c>Title:EMPIR</c>, where the page styles the label apart).
/// </summary>
internal static class LabelledLine
{
    /// <summary>Whether the line starts with one of the labels followed by a colon.</summary>
    /// <param name="line">The line, trimmed.</param>
    /// <param name="labels">The labels without their colon, matched ignoring case; longer labels first when one starts another.</param>
    /// <param name="label">The label as given in <paramref name="labels"/>.</param>
    /// <param name="value">The text after the colon, trimmed (empty when the value is on the next lines).</param>
    public static bool TryRead(string line, IReadOnlyList<string> labels, out string label, out string value)
    {
        if (TryRead(line.AsSpan(), labels, out label))
        {
            value = line[(label.Length + 1)..].Trim();
            return true;
        }

        value = "";
        return false;
    }

    /// <summary>Whether the line starts with one of the labels followed by a colon; allocates nothing.</summary>
    /// <param name="line">The line, trimmed.</param>
    /// <param name="labels">The labels without their colon, matched ignoring case.</param>
    /// <param name="label">The label as given in <paramref name="labels"/>.</param>
    public static bool TryRead(ReadOnlySpan<char> line, IReadOnlyList<string> labels, out string label)
    {
        // Every label ends at a colon: lines without one (most of a page) are rejected at once.
        var colon = line.IndexOf(':');
        if (colon > 0)
        {
            foreach (var candidate in labels)
            {
                if (candidate.Length == colon && line.StartsWith(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    label = candidate;
                    return true;
                }
            }
        }

        label = "";
        return false;
    }
}
