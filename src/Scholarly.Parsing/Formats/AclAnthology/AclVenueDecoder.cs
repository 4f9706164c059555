using System.Globalization;
using System.Text.RegularExpressions;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Formats.AclAnthology;

/// <summary>
/// Decodes an ACL Anthology proceedings or journal title into a <see cref="Venue"/>: the event
/// family (ACL, NAACL, EACL, EMNLP, AACL, COLING, LREC, …), Findings, workshops, TACL and CL,
/// the year, and the volume and track.
/// </summary>
internal static partial class AclVenueDecoder
{
    private const string Acl = "Association for Computational Linguistics";

    // Most specific first: the first match names the event family.
    private static readonly (string Phrase, string Acronym)[] s_families =
    [
        ("Joint International Conference on Computational Linguistics, Language Resources and Evaluation", "LREC-COLING"),
        ("Nations of the Americas Chapter of the " + Acl, "NAACL"),
        ("North American Chapter of the " + Acl, "NAACL"),
        ("European Chapter of the " + Acl, "EACL"),
        ("Asia-Pacific Chapter of the " + Acl, "AACL"),
        ("Annual Meeting of the " + Acl, "ACL"),
        ("Conference on Empirical Methods in Natural Language Processing", "EMNLP"),
        ("International Conference on Computational Linguistics", "COLING"),
        ("Language Resources and Evaluation Conference", "LREC"),
        ("International Conference on Language Resources and Evaluation", "LREC"),
        ("Conference on Computational Natural Language Learning", "CoNLL"),
        ("Joint Conference on Lexical and Computational Semantics", "*SEM"),
        ("International Workshop on Semantic Evaluation", "SemEval"),
        ("Conference on Machine Translation", "WMT"),
        ("International Joint Conference on Natural Language Processing", "IJCNLP"),
        ("International Natural Language Generation Conference", "INLG"),
        ("International Conference on Natural Language Generation", "INLG"),
        ("Annual Meeting of the Special Interest Group on Discourse and Dialogue", "SIGDIAL"),
    ];

    private static readonly string[] s_trackWords =
    [
        "Long Papers", "Short Papers", "System Demonstrations", "Demonstrations", "Industry Track",
        "Tutorial Abstracts", "Tutorials", "Student Research Workshop", "Findings", "Main Conference",
    ];

    public static Venue Decode(string name, int? fallbackYear)
    {
        name = name.Trim();
        var year = FindYear(name) ?? fallbackYear;
        string? volume = null;
        string? track = null;
        string? issue = null;

        var volumeMatch = TrailingVolume().Match(name);
        if (volumeMatch.Success)
        {
            volume = volumeMatch.Groups["volume"].Value;
            track = NullIfEmpty(volumeMatch.Groups["track"].Value.Trim());
        }

        if (name.StartsWith("Findings of the " + Acl, StringComparison.OrdinalIgnoreCase))
        {
            var rest = name[("Findings of the " + Acl).Length..].Trim().TrimStart(':').Trim();
            return new Venue
            {
                Name = name,
                Kind = VenueKind.Findings,
                Acronym = NullIfEmpty(StripYear(rest)),
                Year = year,
                Volume = volume,
                Track = track,
            };
        }

        if (name.StartsWith("Transactions of the " + Acl, StringComparison.OrdinalIgnoreCase))
        {
            return Journal(name, "TACL", year);
        }

        if (name.StartsWith("Computational Linguistics", StringComparison.OrdinalIgnoreCase)
            && (name.Length == "Computational Linguistics".Length || name["Computational Linguistics".Length] == ','))
        {
            return Journal(name, "CL", year);
        }

        string? acronym = null;
        foreach (var (phrase, family) in s_families)
        {
            if (name.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                acronym = family;
                break;
            }
        }

        var parenthesised = volumeMatch.Success ? Match.Empty : TrailingAcronym().Match(name);
        if (parenthesised.Success && parenthesised.Groups["acronym"].Value.Length <= 40)
        {
            var inner = parenthesised.Groups["acronym"].Value;
            acronym ??= StripYear(inner);
            year ??= FindYear(inner);
        }

        track ??= FindColonTrack(name);
        var kind = ClassifyKind(name, acronym, track);
        return new Venue { Name = name, Acronym = acronym, Year = year, Kind = kind, Volume = volume, Track = track, Issue = issue };
    }

    /// <summary>Whether a line reads like a venue name rather than an author list or an abstract.</summary>
    public static bool LooksLikeVenue(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.StartsWith("Proceedings of", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("Findings of", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("Transactions of the", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("Computational Linguistics, Volume", StringComparison.OrdinalIgnoreCase)
            || (line.Length < 300 && (line.Contains("Workshop", StringComparison.Ordinal)
                || line.Contains("Conference", StringComparison.Ordinal)
                || line.Contains("Symposium", StringComparison.Ordinal)
                || line.Contains("Journal", StringComparison.Ordinal))
                && !line.Contains(" | ", StringComparison.Ordinal)
                && line[^1] != '.');
    }

    private static Venue Journal(string name, string acronym, int? year)
    {
        var match = JournalVolume().Match(name);
        return new Venue
        {
            Name = name,
            Acronym = acronym,
            Year = year,
            Kind = VenueKind.Journal,
            Volume = match.Success ? match.Groups["volume"].Value : null,
            Issue = match.Success && match.Groups["issue"].Success ? match.Groups["issue"].Value : null,
        };
    }

    private static VenueKind ClassifyKind(string name, string? acronym, string? track)
    {
        if (track is not null && track.Contains("Workshop", StringComparison.OrdinalIgnoreCase))
        {
            return VenueKind.Workshop;
        }

        if (name.Contains("Workshop", StringComparison.OrdinalIgnoreCase) && acronym is not "SemEval")
        {
            // A workshop held with a conference names the conference too; the workshop is what published it.
            return VenueKind.Workshop;
        }

        if (acronym is "SemEval")
        {
            return VenueKind.Workshop;
        }

        if (name.Contains("Journal", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Transactions", StringComparison.OrdinalIgnoreCase))
        {
            return VenueKind.Journal;
        }

        if (acronym is not null
            || name.Contains("Conference", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Meeting", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Symposium", StringComparison.OrdinalIgnoreCase))
        {
            return VenueKind.Conference;
        }

        return VenueKind.Unknown;
    }

    private static string? FindColonTrack(string name)
    {
        var colon = name.LastIndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var tail = name[(colon + 2)..].Trim();
        foreach (var word in s_trackWords)
        {
            if (tail.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return tail;
            }
        }

        return tail.EndsWith("Track", StringComparison.OrdinalIgnoreCase) ? tail : null;
    }

    private static int? FindYear(string text)
    {
        var match = Year().Match(text);
        return match.Success ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    private static string StripYear(string text) => Year().Replace(text, "").Trim().TrimEnd(',', '-', ' ');

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Year();

    [GeneratedRegex(@"\(Volume\s+(?<volume>[\w-]+)(?::\s*(?<track>[^)]*))?\)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrailingVolume();

    [GeneratedRegex(@"\((?<acronym>[^()]*[A-Z][^()]*)\)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrailingAcronym();

    [GeneratedRegex(@"Volume\s+(?<volume>\d+)(?:,\s*(?:Issue|Number)\s+(?<issue>\d+))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JournalVolume();
}
