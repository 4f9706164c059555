namespace Scholarly.Parsing.Formats.PaperPages;

/// <summary>Splits a written author list (<c>A, B and C</c>, <c>A, B et al.</c>) into names.</summary>
internal static class AuthorList
{
    private static readonly string[] s_truncationMarks = ["et al.", "et al", "and others", "u. a.", "u.a.", "et alii"];

    /// <summary>Splits a list on commas, semicolons and the given conjunctions.</summary>
    /// <param name="text">The list as written.</param>
    /// <param name="conjunctions">Words joining the last two names, e.g. <c>and</c>, <c>und</c>, <c>&amp;</c>.</param>
    /// <param name="truncated">Set when the list ends in <c>et al.</c> or similar.</param>
    public static List<string> Split(string text, IEnumerable<string> conjunctions, out bool truncated)
    {
        truncated = false;
        var names = new List<string>();
        foreach (var part in text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = part;
            foreach (var mark in s_truncationMarks)
            {
                if (piece.EndsWith(mark, StringComparison.OrdinalIgnoreCase)
                    && (piece.Length == mark.Length || piece[^(mark.Length + 1)] == ' '))
                {
                    truncated = true;
                    piece = piece[..^mark.Length].TrimEnd();
                    break;
                }
            }

            SplitOnConjunctions(piece, conjunctions, names);
        }

        return names;
    }

    private static void SplitOnConjunctions(string piece, IEnumerable<string> conjunctions, List<string> names)
    {
        var rest = piece;
        while (rest.Length > 0)
        {
            var cut = -1;
            var length = 0;
            foreach (var conjunction in conjunctions)
            {
                // An Oxford comma leaves the conjunction at the start of a piece: ", and C".
                if (rest.StartsWith(conjunction + " ", StringComparison.OrdinalIgnoreCase))
                {
                    rest = rest[(conjunction.Length + 1)..].TrimStart();
                }

                var at = rest.IndexOf(" " + conjunction + " ", StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (cut < 0 || at < cut))
                {
                    cut = at;
                    length = conjunction.Length + 2;
                }
            }

            if (cut < 0)
            {
                Add(rest);
                return;
            }

            Add(rest[..cut]);
            rest = rest[(cut + length)..].TrimStart();
        }

        void Add(string name)
        {
            name = name.Trim();
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }
    }
}
