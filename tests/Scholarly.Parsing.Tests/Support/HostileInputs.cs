using System.Globalization;
using System.Text;

namespace Scholarly.Parsing.Tests.Support;

/// <summary>
/// The pages hostile inputs are made from (the tests' fixtures and, when present, the shared third-party
/// pages), and the mutations that break them: truncation, shuffled, duplicated or deleted lines,
/// splices across formats, control characters, lone surrogates, noncharacters and runs of brackets.
/// Every mutation is driven by one <see cref="Random"/>, so a case is reproduced from its seed alone.
/// </summary>
internal static class HostileInputs
{
    // Larger pages are used as windows of lines, which keeps a case to a few KB (huge inputs have their own tests).
    private const int WholeFileLimit = 5 * 1024;

    private const string Punctuation = "{}[]()<>@=,|\"'\\%&#;:-*~^$\n\t ";

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> s_sources = new(LoadSources);

    // Text that means something to some format, so mutations reach past the first few checks.
    private static readonly string[] s_tokens =
    [
        "@article{", "@inproceedings{key,", "title = {", "author = \"", "}", "{", "@string{a = \"b\"}", "crossref = {x}",
        "TY  - JOUR", "ER  - ", "AU  - ", "PY  - 2024///", "TI  - ", "pdf bib", " | ", "et al.", "Abstract", "Zusammenfassung",
        "Autoren:", "TL;DR", "Findings", "Peer Reviews", "Methods", "Topics", "CVMar 26, 2023Code", "h-index13", "46papers",
        "Novelty53%", "Also published as:", "<html>", "<!doctype html>", "<meta name=\"citation_title\" content=\"", "<div>", "</div>",
        "<volume id=\"1\">", "<paper id=\"1\">", "</paper>", "<?xml version=\"1.0\"?>", "<collection id=\"2024.acl\">", "&amp;", "&#xD800;",
        "arXiv:2004.10162v2", "Cited by", "2024", "Proceedings of the 2025 Conference (Volume 1: Long Papers)", "\\\"{o}", "$x^2$", "…",
    ];

    /// <summary>The source pages, each as (name, text); loaded once.</summary>
    public static IReadOnlyList<(string Name, string Text)> Sources => s_sources.Value;

    /// <summary>Builds one hostile input from a source page and a seed.</summary>
    /// <param name="sourceIndex">Which source page to start from.</param>
    /// <param name="seed">Drives every choice made.</param>
    /// <returns>What was done (for the failure message) and the input.</returns>
    public static (string Recipe, string Text) Build(int sourceIndex, int seed)
    {
        var random = new Random(seed);
        var recipe = new StringBuilder();
        if (random.Next(20) == 0)
        {
            var soup = RandomCharacters(random, random.Next(0, 600));
            return ($"random characters ({soup.Length})", soup);
        }

        var (name, text) = Sources[sourceIndex % Sources.Count];
        var lines = Window(random, name, text, recipe);
        var mutations = random.Next(0, 4);
        for (var i = 0; i < mutations; i++)
        {
            Mutate(random, lines, recipe);
        }

        var joined = string.Join(random.Next(12) == 0 ? "\r\n" : "\n", lines);
        if (random.Next(8) == 0)
        {
            // Cut anywhere, also inside a surrogate pair or a CRLF.
            var cut = random.Next(joined.Length + 1);
            recipe.Append(CultureInfo.InvariantCulture, $"; cut at char {cut}");
            joined = joined[..cut];
        }

        return (recipe.ToString(), joined);
    }

    /// <summary>Characters from the whole UTF-16 range, weighted towards the troublesome ones.</summary>
    public static string RandomCharacters(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(10) switch
            {
                0 => (char)random.Next(0, 0x20),                        // C0 controls, NUL
                1 => (char)random.Next(0x7F, 0xA0),                     // DEL, C1 controls
                2 => (char)random.Next(0xD800, 0xE000),                 // lone (or accidentally paired) surrogates
                3 => random.Next(4) switch { 0 => '\uFFFE', 1 => '\uFFFF', 2 => '\uFEFF', _ => '\u202E' }, // noncharacters, BOM, RTL override
                4 => (char)random.Next(0x0300, 0x0370),                 // combining marks
                5 => (char)random.Next(0x2000, 0x2070),                 // spaces, zero-width, dashes, quotes
                6 => Punctuation[random.Next(Punctuation.Length)],
                7 => (char)random.Next(0x4E00, 0x9FFF),                 // CJK
                _ => (char)random.Next(0x20, 0x7F),
            };
        }

        return new string(chars);
    }

    private static List<string> Window(Random random, string name, string text, StringBuilder recipe)
    {
        var lines = text.Split('\n').ToList();
        if (text.Length <= WholeFileLimit)
        {
            recipe.Append(name);
            return lines;
        }

        var start = random.Next(3) == 0 ? 0 : random.Next(lines.Count);
        var count = Math.Min(random.Next(5, 50), lines.Count - start);
        recipe.Append(CultureInfo.InvariantCulture, $"{name} lines {start + 1}-{start + count}");
        return lines.GetRange(start, count);
    }

    private static void Mutate(Random random, List<string> lines, StringBuilder recipe)
    {
        var at = random.Next(lines.Count + 1);
        switch (random.Next(11))
        {
            case 0:
                recipe.Append(CultureInfo.InvariantCulture, $"; truncated after line {at}");
                lines.RemoveRange(at, lines.Count - at);
                break;
            case 1:
                recipe.Append("; lines shuffled");
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lines));
                break;
            case 2:
            {
                var count = Math.Min(random.Next(1, 8), lines.Count - at);
                var times = random.Next(1, 8);
                recipe.Append(CultureInfo.InvariantCulture, $"; lines {at + 1}-{at + count} repeated {times} times");
                var range = lines.GetRange(at, count);
                for (var i = 0; i < times; i++)
                {
                    lines.InsertRange(at, range);
                }

                break;
            }

            case 3:
            {
                var count = Math.Min(random.Next(1, 10), lines.Count - at);
                recipe.Append(CultureInfo.InvariantCulture, $"; lines {at + 1}-{at + count} deleted");
                lines.RemoveRange(at, count);
                break;
            }

            case 4:
            {
                var (otherName, otherText) = Sources[random.Next(Sources.Count)];
                var other = otherText.Split('\n');
                var from = random.Next(other.Length);
                var count = Math.Min(random.Next(1, 30), other.Length - from);
                recipe.Append(CultureInfo.InvariantCulture, $"; spliced {otherName} lines {from + 1}-{from + count} at line {at + 1}");
                lines.InsertRange(at, other.Skip(from).Take(count));
                break;
            }

            case 5:
            {
                var noise = RandomCharacters(random, random.Next(1, 40));
                recipe.Append(CultureInfo.InvariantCulture, $"; {noise.Length} random characters in line {at + 1}");
                InsertInLine(random, lines, at, noise);
                break;
            }

            case 6:
            {
                var token = s_tokens[random.Next(s_tokens.Length)];
                recipe.Append(CultureInfo.InvariantCulture, $"; token '{token}' in line {at + 1}");
                InsertInLine(random, lines, at, token);
                break;
            }

            case 7:
            {
                var bracket = "{([<\"'|"[random.Next(7)];
                var count = random.Next(1, 500);
                recipe.Append(CultureInfo.InvariantCulture, $"; {count} × '{bracket}' in line {at + 1}");
                InsertInLine(random, lines, at, new string(bracket, count));
                break;
            }

            case 8:
            {
                var count = random.Next(1, 300);
                recipe.Append(CultureInfo.InvariantCulture, $"; {count} blank lines at line {at + 1}");
                lines.InsertRange(at, Enumerable.Repeat(random.Next(2) == 0 ? "" : "   \t", count));
                break;
            }

            case 9:
            {
                if (lines.Count == 0)
                {
                    break;
                }

                var index = Math.Min(at, lines.Count - 1);
                var line = lines[index];
                if (line.Length > 0)
                {
                    var position = random.Next(line.Length);
                    recipe.Append(CultureInfo.InvariantCulture, $"; line {index + 1} cut at column {position + 1}");
                    lines[index] = line[..position];
                }

                break;
            }

            default:
            {
                // Delete the line breaks between some lines: fields run together.
                var count = Math.Min(random.Next(2, 10), lines.Count - at);
                if (count >= 2)
                {
                    recipe.Append(CultureInfo.InvariantCulture, $"; lines {at + 1}-{at + count} joined");
                    var joined = string.Concat(lines.GetRange(at, count));
                    lines.RemoveRange(at, count);
                    lines.Insert(at, joined);
                }

                break;
            }
        }
    }

    private static void InsertInLine(Random random, List<string> lines, int at, string text)
    {
        if (at >= lines.Count)
        {
            lines.Add(text);
            return;
        }

        var line = lines[at];
        var position = random.Next(line.Length + 1);
        lines[at] = string.Concat(line.AsSpan(0, position), text, line.AsSpan(position));
    }

    private static List<(string Name, string Text)> LoadSources()
    {
        var sources = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(Fixture.Directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Fixture.Directory, file);
            if (!relative.StartsWith("Golden", StringComparison.Ordinal) && !relative.EndsWith(".tsv", StringComparison.Ordinal))
            {
                sources.Add(("Fixtures/" + relative, File.ReadAllText(file)));
            }
        }

        if (Fixture.SharedData is { } shared)
        {
            foreach (var file in Directory.EnumerateFiles(shared, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (!file.EndsWith(".md", StringComparison.Ordinal) && new FileInfo(file).Length <= 2 * 1024 * 1024)
                {
                    sources.Add(("shared/" + Path.GetRelativePath(shared, file), File.ReadAllText(file)));
                }
            }
        }

        return sources;
    }
}
