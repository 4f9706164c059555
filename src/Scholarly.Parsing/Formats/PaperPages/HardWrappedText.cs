using System.Text;

namespace Scholarly.Parsing.Formats.PaperPages;

/// <summary>
/// Turns the lines of a section into paragraphs: lines hard-wrapped at a fixed width (as
/// pre-formatted abstracts are) are re-joined, paragraphs are separated by <c>\n</c>.
/// </summary>
internal static class HardWrappedText
{
    // Pre-formatted text wraps at 60-100 columns; a block with longer lines is one paragraph per line.
    private const int MaxWrapWidth = 100;

    // A line ending a sentence well short of the wrap width ends its paragraph: the wrap would have filled it.
    private const double ShortLineRatio = 0.6;

    /// <summary>Joins the lines (blank lines separate blocks) into paragraphs.</summary>
    /// <param name="lines">The section's lines in page order; blank ones included.</param>
    public static string Join(IReadOnlyList<PageLine> lines)
    {
        var paragraphs = new List<string>();
        var block = new List<string>();
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                JoinBlock(block, paragraphs);
                block.Clear();
            }
            else
            {
                block.Add(line.Text);
            }
        }

        JoinBlock(block, paragraphs);
        return string.Join('\n', paragraphs);
    }

    /// <summary>The lines exactly as on the page, from the first to the last non-blank one.</summary>
    public static string Raw(IReadOnlyList<PageLine> lines)
    {
        var first = 0;
        while (first < lines.Count && lines[first].IsBlank)
        {
            first++;
        }

        var last = lines.Count - 1;
        while (last >= first && lines[last].IsBlank)
        {
            last--;
        }

        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first)
            {
                builder.Append('\n');
            }

            builder.Append(lines[i].Text);
        }

        return builder.ToString();
    }

    private static void JoinBlock(List<string> block, List<string> paragraphs)
    {
        if (block.Count == 0)
        {
            return;
        }

        var width = 0;
        for (var i = 0; i < block.Count - 1; i++)
        {
            width = Math.Max(width, block[i].Length);
        }

        if (block.Count == 1 || width > MaxWrapWidth)
        {
            paragraphs.AddRange(block);
            return;
        }

        var builder = new StringBuilder(block.Count * (width + 1));
        for (var i = 0; i < block.Count; i++)
        {
            if (i > 0)
            {
                var previous = block[i - 1];
                if (EndsSentence(previous) && previous.Length < width * ShortLineRatio)
                {
                    paragraphs.Add(builder.ToString());
                    builder.Clear();
                }
                else if (!EndsInWordHyphen(previous))
                {
                    builder.Append(' ');
                }
            }

            builder.Append(block[i]);
        }

        paragraphs.Add(builder.ToString());
    }

    // Copied pre-wrapped text breaks only at spaces, so a hyphen at a line end belongs to the word
    // ("inter-" + "modality" is "inter-modality"): keep it and join without a space, never dehyphenate.
    private static bool EndsInWordHyphen(string line) =>
        line.Length >= 2 && line[^1] == '-' && char.IsLetterOrDigit(line[^2]);

    private static bool EndsSentence(string line) =>
        line.Length > 0 && line[^1] is '.' or '!' or '?' or ':' or '"' or '\u201D';
}
