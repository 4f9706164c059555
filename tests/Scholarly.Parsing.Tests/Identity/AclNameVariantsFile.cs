using System.Text;
using System.Text.RegularExpressions;

namespace Scholarly.Parsing.Tests.Identity;

/// <summary>
/// Reads ACL Anthology's <c>name_variants.yaml</c> (its simple shape only: <c>- canonical: {first: …, last: …}</c>,
/// <c>id: …</c> and variant lines <c>- {first: …, last: …}</c>) and resolves a written name to the person the
/// Anthology's conventions give it (see <c>../shared/data/README.md</c>).
/// </summary>
internal sealed partial class AclNameVariantsFile
{
    private readonly Dictionary<string, List<int>> _entriesByName = new(StringComparer.Ordinal);

    private AclNameVariantsFile()
    {
    }

    /// <summary>Every entry: its explicit id (or <see langword="null"/>) and all its names (canonical first).</summary>
    public List<(string? Id, List<string> Names)> Entries { get; } = [];

    public static AclNameVariantsFile Read(string path)
    {
        var file = new AclNameVariantsFile();
        foreach (var line in File.ReadLines(path))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("- canonical:", StringComparison.Ordinal))
            {
                file.Entries.Add((null, [NameOf(line)]));
            }
            else if (file.Entries.Count > 0 && trimmed.StartsWith("id:", StringComparison.Ordinal) && line.StartsWith("  id:", StringComparison.Ordinal))
            {
                file.Entries[^1] = (trimmed[3..].Trim().Trim('\''), file.Entries[^1].Names);
            }
            else if (file.Entries.Count > 0 && trimmed.StartsWith("- {", StringComparison.Ordinal))
            {
                file.Entries[^1].Names.Add(NameOf(line));
            }
        }

        for (var e = 0; e < file.Entries.Count; e++)
        {
            foreach (var name in file.Entries[e].Names.Distinct(StringComparer.Ordinal))
            {
                if (!file._entriesByName.TryGetValue(name, out var list))
                {
                    file._entriesByName.Add(name, list = []);
                }

                list.Add(e);
            }
        }

        return file;
    }

    /// <summary>Names that several entries with explicit ids share (<c>Yang Liu</c>, <c>Qi Li</c>, …).</summary>
    public HashSet<string> SharedIdentifiedNames() =>
        [.. _entriesByName.Where(kv => kv.Value.Count(e => Entries[e].Id is not null) > 1).Select(kv => kv.Key)];

    /// <summary>The true person of a mention: its explicit id, else the one entry its name selects, else its exact name.</summary>
    public string PersonOf(string? explicitId, string written)
    {
        if (explicitId is not null)
        {
            return "id:" + explicitId;
        }

        if (_entriesByName.TryGetValue(written, out var entries))
        {
            // An entry with an id that shares its name with other entries needs the explicit id.
            var eligible = entries.Count == 1 ? entries : [.. entries.Where(e => Entries[e].Id is null)];
            if (eligible.Count == 1)
            {
                var entry = Entries[eligible[0]];
                return entry.Id is not null ? "id:" + entry.Id : "entry:" + eligible[0];
            }
        }

        return "name:" + written;
    }

    private static string NameOf(string line)
    {
        var match = NameEntry().Match(line);
        return match.Success
            ? $"{Unquote(match.Groups["first"].Value)} {Unquote(match.Groups["last"].Value)}".Trim().Normalize(NormalizationForm.FormC)
            : "";
    }

    private static string Unquote(string value)
    {
        value = value.Trim();
        return value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value[1..^1].Replace("''", "'", StringComparison.Ordinal)
            : value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1]
            : value;
    }

    [GeneratedRegex(@"\{first: (?<first>'(?:[^']|'')*'|""[^""]*""|[^,]*), last: (?<last>'(?:[^']|'')*'|""[^""]*""|[^}]*)\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameEntry();
}
