using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Scholarly.Parsing.Benchmarks.Names;

namespace Scholarly.Parsing.Benchmarks.Parsing;

/// <summary>
/// Generates a researcher-profile page of a given size in the shape of seed 001: the header (name, area,
/// glued metrics, paper count), then entries of an area+date header (<c>CVMar 26, 2023Code</c>), a title,
/// an author line (<c>… et al. · cmu, uw</c>) and an abstract. Titles and abstracts are taken from seed 001's
/// own entries; names, dates and flags are drawn from a seeded <see cref="Random"/>.
/// </summary>
public static partial class ProfileTextGenerator
{
    private static readonly string[] s_areas = ["CV", "LG", "CL", "AI", "ML", "ME", "SI", "IR"];
    private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>A profile of at least <paramref name="targetBytes"/> UTF-8 bytes; the same size gives the same text.</summary>
    public static string Generate(int targetBytes, int seed = 1)
    {
        var seedText = SeedTexts.Get("001_87569abedee599f0.txt").Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = seedText.Split('\n');
        var headerEnd = Array.FindIndex(lines, l => EntryHeader().IsMatch(l));
        var entries = ReadEntries(lines, headerEnd);

        var random = new Random(seed);
        var body = new StringBuilder(targetBytes + 4096);
        var count = 0;
        while (Encoding.UTF8.GetByteCount(body.ToString()) < targetBytes - 2048 || count == 0)
        {
            // Build in chunks to avoid measuring the whole text after every entry.
            for (var k = 0; k < 64; k++)
            {
                var (title, abstractText) = entries[random.Next(entries.Count)];
                body.Append(s_areas[random.Next(s_areas.Length)])
                    .Append(s_months[random.Next(12)]).Append(' ').Append(random.Next(1, 29).ToString(CultureInfo.InvariantCulture));
                if (random.Next(4) != 0)
                {
                    body.Append(", ").Append(random.Next(2015, 2026).ToString(CultureInfo.InvariantCulture));
                }

                body.Append(random.Next(2) == 0 ? "Code\n" : "\n");
                body.Append(title).Append("\n\n");
                body.Append(NamePairCorpus.NextName(random)).Append(", ")
                    .Append(NamePairCorpus.NextName(random)).Append(", ")
                    .Append(NamePairCorpus.NextName(random))
                    .Append(random.Next(3) == 0 ? " et al. · cmu, uw\n\n" : " et al.\n\n");
                body.Append(abstractText).Append("\n\n");
                count++;
            }
        }

        var header = new StringBuilder();
        header.Append(lines[0]).Append("\n\nLG\nh-index13\n").Append(count.ToString(CultureInfo.InvariantCulture))
            .Append("papers\n794citations\nNovelty53%\nAI Score59\n\n")
            .Append(count.ToString(CultureInfo.InvariantCulture)).Append(" Papers\n\n");
        return header.Append(body).ToString();
    }

    private static List<(string Title, string Abstract)> ReadEntries(string[] lines, int start)
    {
        var entries = new List<(string, string)>();
        for (var i = start; i < lines.Length; i++)
        {
            if (!EntryHeader().IsMatch(lines[i]))
            {
                continue;
            }

            // Header, title, blank, authors, blank, abstract.
            var title = i + 1 < lines.Length ? lines[i + 1] : "";
            var abstractText = i + 5 < lines.Length ? lines[i + 5] : "";
            if (title.Length > 0 && abstractText.Length > 0)
            {
                entries.Add((title, abstractText));
            }
        }

        return entries.Count > 0 ? entries : [("A title", "An abstract.")];
    }

    [GeneratedRegex(@"^(CV|LG|CL|AI|ML|ME|SI|IR)[A-Z][a-z]{2} \d{1,2}(, \d{4})?(Code)?$")]
    private static partial Regex EntryHeader();
}
