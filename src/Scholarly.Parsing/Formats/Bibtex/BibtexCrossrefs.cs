using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.Bibtex;

/// <summary>
/// Resolves <c>crossref</c> inheritance: an entry takes every field its parent has and it lacks, the
/// parent's <c>title</c> becoming its <c>booktitle</c>. Parents may have parents (cascades); keys and
/// <c>ids</c> aliases match without regard to case. A missing parent or a cycle is reported and the
/// entry keeps what it has.
/// </summary>
internal static class BibtexCrossrefs
{
    // Fields that describe the parent record itself and are never inherited.
    private static readonly HashSet<string> s_notInherited = ["crossref", "ids", "xref", "xdata", "entryset", "key"];

    public static void Resolve(List<BibtexEntry> entries, ParseContext context)
    {
        var byKey = new Dictionary<string, BibtexEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (entry.Key.Length > 0)
            {
                byKey.TryAdd(entry.Key, entry);
            }
        }

        foreach (var entry in entries)
        {
            if (entry.Find("ids") is { } ids)
            {
                foreach (var alias in ids.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    byKey.TryAdd(alias, entry);
                }
            }
        }

        var resolved = new HashSet<BibtexEntry>();
        var chain = new List<BibtexEntry>();
        var onChain = new HashSet<BibtexEntry>();
        foreach (var entry in entries)
        {
            // Walk up the chain of parents without recursion, then fill in from the top down.
            chain.Clear();
            onChain.Clear();
            var current = entry;
            while (current is not null && !resolved.Contains(current) && onChain.Add(current))
            {
                chain.Add(current);
                current = Parent(current, byKey, onChain, context);
            }

            if (chain.Count == 0)
            {
                continue;
            }

            // The walk stopped at an entry without a usable parent, or below one already resolved.
            if (current is not null)
            {
                Inherit(chain[^1], current);
            }

            for (var i = chain.Count - 1; i >= 0; i--)
            {
                if (i + 1 < chain.Count)
                {
                    Inherit(chain[i], chain[i + 1]);
                }

                resolved.Add(chain[i]);
            }
        }
    }

    private static BibtexEntry? Parent(BibtexEntry entry, Dictionary<string, BibtexEntry> byKey, HashSet<BibtexEntry> onChain, ParseContext context)
    {
        if (entry.Find("crossref") is not { } crossref)
        {
            return null;
        }

        var key = crossref.Value.Trim();
        if (!byKey.TryGetValue(key, out var parent))
        {
            context.Report(DiagnosticCodes.UnresolvedReference, DiagnosticSeverity.Warning,
                $"The entry \"{entry.Key}\" refers to \"{key}\" (crossref), which is not in the file; it keeps only its own fields.",
                crossref.Line, 1);
            return null;
        }

        if (onChain.Contains(parent))
        {
            context.Report(DiagnosticCodes.UnresolvedReference, DiagnosticSeverity.Warning,
                $"The crossref of \"{entry.Key}\" to \"{parent.Key}\" closes a cycle; that link was not followed.",
                crossref.Line, 1);
            return null;
        }

        return parent;
    }

    private static void Inherit(BibtexEntry child, BibtexEntry parent)
    {
        var present = new HashSet<string>(child.Fields.Select(f => f.Name), StringComparer.Ordinal);
        var parentHasTitle = parent.Find("title") is not null;
        foreach (var field in parent.Fields)
        {
            if (s_notInherited.Contains(field.Name) || (field.Name == "booktitle" && parentHasTitle))
            {
                continue;
            }

            var name = field.Name == "title" ? "booktitle" : field.Name;
            if (present.Add(name))
            {
                child.Fields.Add(field with { Name = name, IsInherited = true });
            }
        }
    }
}
