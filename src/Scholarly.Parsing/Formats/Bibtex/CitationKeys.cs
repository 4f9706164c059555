using System.Globalization;
using System.Text;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Formats.Bibtex;

/// <summary>
/// Citation keys in the style of the ACL Anthology: <c>kim-etal-2024-im</c> — the first author's
/// family name (with its particle) in lowercase ASCII, then <c>etal</c> for three or more authors or
/// the second author's family name for two, the year, and the first title word that is not a stopword.
/// </summary>
internal static class CitationKeys
{
    private static readonly HashSet<string> s_stopwords =
    [
        "a", "an", "the", "and", "or", "but", "nor", "of", "on", "in", "into", "onto", "for", "to", "from", "with",
        "without", "by", "at", "as", "via", "is", "are", "be", "do", "does", "how", "what", "when", "where", "which",
        "who", "why", "can", "we", "you", "your", "our", "its", "it", "this", "that", "these", "those", "not", "no",
        "towards", "toward", "about", "over", "under", "than", "vs", "versus",
    ];

    /// <summary>The key's stem and the title words that can lengthen it when keys collide.</summary>
    public static (string Stem, List<string> TitleWords) Create(Paper paper)
    {
        var builder = new StringBuilder();
        var authors = paper.Authors;
        builder.Append(authors.Count == 0 ? "anonymous" : NamePart(authors[0]));
        if (authors.Count == 2)
        {
            builder.Append('-').Append(NamePart(authors[1]));
        }
        else if (authors.Count > 2 || (authors.Count > 0 && paper.AuthorsTruncated))
        {
            builder.Append("-etal");
        }

        if (paper.Date is { } date)
        {
            builder.Append('-').Append(date.Year.ToString(CultureInfo.InvariantCulture));
        }

        return (builder.ToString(), TitleWords(paper.Title));
    }

    /// <summary>Gives every paper a distinct key: an existing <see cref="IdentifierSchemes.Bibtex"/> key is kept, others are created.</summary>
    public static List<string> Assign(IReadOnlyList<Paper> papers)
    {
        var keys = new string?[papers.Count];
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < papers.Count; i++)
        {
            if (ExistingKey(papers[i]) is { } key && used.Add(key))
            {
                keys[i] = key;
            }
        }

        var counters = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < papers.Count; i++)
        {
            keys[i] ??= Unique(papers[i], used, counters);
        }

        return [.. keys.Select(k => k!)];
    }

    /// <summary>The paper's own citation key, when it has a usable one.</summary>
    public static string? ExistingKey(Paper paper)
    {
        foreach (var identifier in paper.Identifiers)
        {
            if (identifier.Scheme == IdentifierSchemes.Bibtex && BibtexEscaper.IsName(identifier.Value))
            {
                return identifier.Value;
            }
        }

        return null;
    }

    private static string Unique(Paper paper, HashSet<string> used, Dictionary<string, int> counters)
    {
        var (stem, words) = Create(paper);
        var baseKey = words.Count > 0 ? stem + "-" + words[0] : stem;
        if (used.Add(baseKey))
        {
            return baseKey;
        }

        // Like the Anthology: lengthen with further title words first, then count.
        var key = baseKey;
        for (var i = 1; i < Math.Min(words.Count, 4); i++)
        {
            key += "-" + words[i];
            if (used.Add(key))
            {
                return key;
            }
        }

        var number = counters.GetValueOrDefault(baseKey, 2);
        while (!used.Add(key = baseKey + "-" + number.ToString(CultureInfo.InvariantCulture)))
        {
            number++;
        }

        counters[baseKey] = number + 1;
        return key;
    }

    private static string NamePart(PersonName name)
    {
        var family = name.Family is null ? name.Written : name.Particle is null ? name.Family : name.Particle + " " + name.Family;
        var folded = Slug(family);
        return folded.Length > 0 ? folded : "anonymous";
    }

    private static List<string> TitleWords(string title)
    {
        var words = new List<string>();
        foreach (var word in AsciiFolding.Fold(title).Split(s_separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = Slug(word).Replace("-", "", StringComparison.Ordinal);
            if (clean.Length > 0 && !s_stopwords.Contains(clean))
            {
                words.Add(clean);
            }
        }

        return words;
    }

    private static readonly char[] s_separators = [' ', '-', ':', ',', '.', ';', '/', '(', ')', '?', '!', '"', '\'', '[', ']', '{', '}', '+', '&', '—', '–'];

    // Lowercase ASCII letters and digits, other runs turned into single hyphens.
    private static string Slug(string text)
    {
        var folded = AsciiFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
