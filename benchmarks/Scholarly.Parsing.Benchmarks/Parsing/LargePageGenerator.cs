using System.Globalization;
using System.Text;

namespace Scholarly.Parsing.Benchmarks.Parsing;

/// <summary>
/// Pages of every built-in format, and adversarial pages, grown to a given size from the tests' own pages
/// (embedded, linked from the fixtures): list formats repeat their entries with numbered titles, single-paper
/// formats grow their abstract, and the adversarial kinds are one enormous line, runs of 100,000 blank lines,
/// deeply nested and unclosed brackets, and deeply nested HTML. The same kind and size give the same text.
/// </summary>
public static class LargePageGenerator
{
    /// <summary>The kinds of page, each with the format it is read as (<see langword="null"/>: detection decides).</summary>
    public static IReadOnlyList<(string Kind, string? FormatId)> Kinds { get; } =
    [
        ("acl-anthology/author", "acl-anthology/author"),
        ("acl-anthology/paper", "acl-anthology/paper"),
        ("arxiv/abstract", "arxiv/abstract"),
        ("google-scholar/profile", "google-scholar/profile"),
        ("researcher-profile", "researcher-profile"),
        ("multilingual-paper", "multilingual-paper"),
        ("paper-summary", "paper-summary"),
        ("bibtex", "bibtex"),
        ("ris", "ris"),
        ("acl-anthology/volume-xml", "acl-anthology/volume-xml"),
        ("adversarial: one line", null),
        ("adversarial: 100,000 blank lines", "acl-anthology/author"),
        ("adversarial: nested braces", "bibtex"),
        ("adversarial: unclosed brace", "bibtex"),
        ("adversarial: nested parentheses", "acl-anthology/author"),
        ("adversarial: nested HTML", null),
    ];

    private const string Sentence = "We propose a robust method for temporal reasoning and show that it improves accuracy on five benchmarks. ";

    /// <summary>A page of the kind of at least <paramref name="targetChars"/> characters (the pages are nearly all ASCII).</summary>
    public static string Generate(string kind, int targetChars)
    {
        var builder = new StringBuilder(targetChars + 64 * 1024);
        switch (kind)
        {
            case "acl-anthology/author":
                AclAuthor(builder, targetChars, blankLines: 0, venueParentheses: 0);
                break;
            case "acl-anthology/paper":
                GrowAfter(builder, Page("paper-2024.txt"), "\nAbstract\n\n", targetChars, hardWrapped: false);
                break;
            case "arxiv/abstract":
                GrowAfter(builder, Page("abs-current.txt"), "\nAbstract:", targetChars, hardWrapped: true);
                break;
            case "multilingual-paper":
                GrowAfter(builder, SeedTexts.Get("002_dbfa5769a9e7e24b.txt"), "\nEnglish\n", targetChars, hardWrapped: true);
                break;
            case "paper-summary":
                GrowAfter(builder, SeedTexts.Get("004_9cc558a792950015.txt"), "\nAbstract\n", targetChars, hardWrapped: true);
                break;
            case "researcher-profile":
                builder.Append(ProfileTextGenerator.Generate(targetChars));
                break;
            case "google-scholar/profile":
            {
                var profile = Page("profile-en.txt");
                var start = profile.IndexOf("Cited by\tYear\n", StringComparison.Ordinal) + "Cited by\tYear\n".Length;
                var end = profile.IndexOf("Articles 1", StringComparison.Ordinal);
                Repeat(builder, profile[..start], profile[start..end], profile[end..], targetChars,
                    (block, i) => block.Replace("Counting what matters", "Counting what matters " + i, StringComparison.Ordinal));
                break;
            }

            case "bibtex":
                Repeat(builder, "", Page("acl-im-bert.bib") + "\n", "", targetChars,
                    (block, i) => block.Replace("{kim-etal-", "{n" + i + "-kim-etal-", StringComparison.Ordinal));
                break;
            case "ris":
                Repeat(builder, "", Page("zotero-style.ris") + "\n", "", targetChars,
                    (block, i) => block.Replace("TI  - ", "TI  - " + i + " ", StringComparison.Ordinal));
                break;
            case "acl-anthology/volume-xml":
            {
                var xml = Page("2099.demo.xml");
                var first = xml.IndexOf("<paper ", StringComparison.Ordinal);
                var last = xml.LastIndexOf("</paper>", StringComparison.Ordinal) + "</paper>".Length;
                Repeat(builder, xml[..first], xml[first..last] + "\n    ", xml[last..], targetChars,
                    (block, i) => block.Replace("<paper id=\"", "<paper id=\"" + i + "0", StringComparison.Ordinal));
                break;
            }

            case "adversarial: one line":
                while (builder.Length < targetChars)
                {
                    builder.Append(Sentence);
                }

                break;
            case "adversarial: 100,000 blank lines":
                AclAuthor(builder, targetChars, blankLines: 100_000, venueParentheses: 0);
                break;
            case "adversarial: nested braces":
                // Every title nests 500 brace groups deep.
                Repeat(builder, "", "@inproceedings{key,\n  title = {" + new string('{', 500) + "Deep" + new string('}', 500) + "},\n  author = {Kim, Mihyeon},\n  year = {2024}\n}\n", "", targetChars,
                    (block, i) => block.Replace("{key,", "{key" + i + ",", StringComparison.Ordinal));
                break;
            case "adversarial: unclosed brace":
                builder.Append("@article{key,\n  title = ");
                while (builder.Length < targetChars)
                {
                    builder.Append("{{{{{{{{{{ Deep {\n");
                }

                break;
            case "adversarial: nested parentheses":
                AclAuthor(builder, targetChars, blankLines: 0, venueParentheses: 2_000);
                break;
            case "adversarial: nested HTML":
                builder.Append("<!doctype html><html><body>");
                while (builder.Length < targetChars)
                {
                    builder.Append("<div><span>Kim ");
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind");
        }

        return builder.ToString();
    }

    private static void AclAuthor(StringBuilder builder, int targetChars, int blankLines, int venueParentheses)
    {
        builder.Append("Mihyeon Kim\n\nAlso published as: MiHyeon Kim\n\n");
        var year = 2025;
        var parentheses = new string('(', venueParentheses);
        for (var entry = 0; builder.Length < targetChars; entry++)
        {
            if (entry % 50 == 0)
            {
                builder.Append('\n').Append(year).Append("\n\n");
                year = year <= 1960 ? 2025 : year - 1;
            }

            if (blankLines > 0 && entry % 10 == 9)
            {
                builder.Append('\n', blankLines);
            }

            builder.Append("pdf bib\n")
                .Append("Paper number ").Append(entry.ToString(CultureInfo.InvariantCulture)).Append(": Efficient Attention via Pruned Token Compression\n")
                .Append("Jungmin Yun | Mihyeon Kim | Youngbin Kim\n")
                .Append("Findings of the Association for Computational Linguistics: EMNLP 2023").Append(parentheses).Append('\n')
                .Append('\n').Append(Sentence).Append("\n\n");
        }
    }

    private static void GrowAfter(StringBuilder builder, string page, string marker, int targetChars, bool hardWrapped)
    {
        var at = page.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{marker.Trim()}' is not in the page");
        }

        at += marker.Length;
        builder.Append(page, 0, at);
        var rest = page.Length - at;
        while (builder.Length + rest < targetChars)
        {
            // Hard-wrapped lines as a copied PDF abstract has them; otherwise one paragraph per sentence.
            builder.Append(Sentence.AsSpan(0, hardWrapped ? 78 : Sentence.Length)).Append('\n');
        }

        builder.Append(page, at, rest);
    }

    private static void Repeat(StringBuilder builder, string head, string block, string tail, int targetChars, Func<string, int, string> vary)
    {
        builder.Append(head);
        for (var i = 0; builder.Length + tail.Length < targetChars; i++)
        {
            builder.Append(vary(block, i));
        }

        builder.Append(tail);
    }

    private static string Page(string fileName)
    {
        using var stream = typeof(LargePageGenerator).Assembly.GetManifestResourceStream("Pages/" + fileName)
            ?? throw new InvalidOperationException($"Missing embedded page {fileName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
