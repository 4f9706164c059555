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
        foreach (var candidate in labels)
        {
            if (line.Length > candidate.Length
                && line[candidate.Length] == ':'
                && line.StartsWith(candidate, StringComparison.OrdinalIgnoreCase))
            {
                label = candidate;
                value = line[(candidate.Length + 1)..].Trim();
                return true;
            }
        }

        label = "";
        value = "";
        return false;
    }
}
