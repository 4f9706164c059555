using System.Collections.Frozen;
using Scholarly.Parsing.Formats.Arxiv;

namespace Scholarly.Parsing.Formats.ResearcherProfile;

/// <summary>
/// Maps the bare two-letter arXiv area codes a profile shows (<c>LG</c>, <c>CV</c>, <c>ML</c>) to full
/// arXiv categories (<c>cs.LG</c>, <c>cs.CV</c>, <c>stat.ML</c>).
/// </summary>
/// <remarks>
/// A bare code does not name its archive, and some codes exist in several (<c>CO</c> is stat.CO and
/// math.CO, <c>GN</c> is math.GN, q-bio.GN, q-fin.GN and econ.GN). The profiles list machine-learning
/// researchers, so ambiguity is settled by a fixed archive order: cs, then stat, eess, math, q-bio,
/// q-fin, econ. Thus <c>NA</c> → cs.NA (not math.NA), <c>SY</c> → cs.SY (eess.SY is its alias),
/// <c>CO</c> → stat.CO, <c>SP</c> → eess.SP, <c>GN</c> → math.GN, <c>PR</c> → math.PR.
/// </remarks>
internal static class ArxivAreas
{
    private static readonly FrozenDictionary<string, string> s_categories = Build();

    /// <summary>Finds the full category of an area code, or accepts an already full category such as <c>cs.LG</c>.</summary>
    /// <param name="code">The code as written, e.g. <c>LG</c>.</param>
    /// <param name="category">The full category, e.g. <c>cs.LG</c>.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryResolve(string code, out string category)
    {
        if (s_categories.TryGetValue(code, out var known))
        {
            category = known;
            return true;
        }

        var dot = code.IndexOf('.', StringComparison.Ordinal);
        var archive = dot < 0 ? code : code[..dot];
        if (ArxivTaxonomy.Archives.Contains(archive))
        {
            category = code;
            return true;
        }

        category = code;
        return false;
    }

    private static FrozenDictionary<string, string> Build()
    {
        // Most preferred archive first; a code keeps the first archive that has it.
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (archive, codes) in ArxivTaxonomy.SubjectClasses)
        {
            foreach (var code in codes)
            {
                map.TryAdd(code, archive + "." + code);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
