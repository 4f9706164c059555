using System.Runtime.CompilerServices;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Names;

/// <summary>
/// Scores how likely two written names are the same person's, without allocating: Jaro–Winkler on
/// folded keys (case, accents, hyphens and spaces folded; see <see cref="PersonNameKeys"/>) plus rules
/// for initials, missing middle names and family-name-first writing.
/// </summary>
/// <remarks>
/// <para>
/// The score is the weaker of the family-name and the given-name agreement, so a perfect family name
/// cannot make up for different given names (<c>Hyunwoo Kim</c> and <c>Hyunjung Kim</c> score below
/// <see cref="DefaultThreshold"/>). Both orders are tried, because <c>Kim Mihyeon</c> written family
/// name first cannot be told from text alone; the swapped order scores slightly lower.
/// </para>
/// <para>
/// For repeated comparisons, <see cref="Prepare"/> each name once and compare the
/// <see cref="PreparedName"/> values; <see cref="ScoreMany"/> scores one name against many.
/// Comparing is symmetric: <c>Compare(a, b)</c> equals <c>Compare(b, a)</c>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var result = NameMatcher.Compare(PersonName.Parse("J. Kwon"), PersonName.Parse("Junehyoung Kwon"));
/// // result.Verdict == NameMatchVerdict.InitialsCompatible, result.IsMatch == true
/// </code>
/// </example>
public static class NameMatcher
{
    /// <summary>
    /// The score from which two names are taken as the same person's. Set on a table of same- and
    /// different-person pairs (Korean romanisations, initials, accents) and on ACL Anthology's name variants.
    /// </summary>
    public const float DefaultThreshold = 0.9f;

    // Scores of rule-based agreements, all at or above the threshold except the disagreements.
    private const float AlternativeFamilyScore = 0.97f;
    private const float InitialsScore = 0.95f;
    private const float MiddleNameScore = 0.95f;
    private const float NicknameScore = 0.93f;
    private const float PartialNameScore = 0.92f;
    private const float GivenNamePenalty = 0.06f;
    private const float SwappedOrderFactor = 0.98f;
    private const float MissingGivenScore = 0.8f;
    private const float InitialsConflictScore = 0.4f;
    private const float SuffixConflictScore = 0.5f;

    /// <summary>Folds a name once for repeated comparisons.</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    [SkipLocalsInit]
    public static PreparedName Prepare(PersonName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> buffer = stackalloc char[NameView.BufferLength];
        return new PreparedName(name, NameView.Fill(name, buffer));
    }

    /// <summary>Compares two names; folds both on the stack, allocating nothing.</summary>
    /// <param name="a">A name.</param>
    /// <param name="b">Another name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is <see langword="null"/>.</exception>
    [SkipLocalsInit]
    public static NameMatchResult Compare(PersonName a, PersonName b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        Span<char> bufferA = stackalloc char[NameView.BufferLength];
        Span<char> bufferB = stackalloc char[NameView.BufferLength];
        return JaroWinkler.IsVectorized
            ? Compare<VectorKernel>(NameView.Fill(a, bufferA), NameView.Fill(b, bufferB))
            : Compare<ScalarKernel>(NameView.Fill(a, bufferA), NameView.Fill(b, bufferB));
    }

    /// <summary>Compares two prepared names, allocating nothing.</summary>
    /// <param name="a">A prepared name.</param>
    /// <param name="b">Another prepared name.</param>
    public static NameMatchResult Compare(in PreparedName a, in PreparedName b) =>
        Compare<PatternKernel>(a.View, b.View);

    /// <summary>Scores one name against many, allocating nothing.</summary>
    /// <param name="query">The name to look for.</param>
    /// <param name="candidates">The names to score.</param>
    /// <param name="scores">Receives one score per candidate, in order; at least as long as <paramref name="candidates"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="scores"/> is shorter than <paramref name="candidates"/>.</exception>
    public static void ScoreMany(in PreparedName query, ReadOnlySpan<PreparedName> candidates, Span<float> scores)
    {
        ScoreMany<PatternKernel>(query, candidates, scores);
    }

    /// <summary><see cref="ScoreMany"/> with a chosen kernel (tests run both).</summary>
    internal static void ScoreMany<TKernel>(in PreparedName query, ReadOnlySpan<PreparedName> candidates, Span<float> scores)
        where TKernel : struct, IMatchKernel
    {
        if (scores.Length < candidates.Length)
        {
            throw new ArgumentException("The scores span is shorter than the candidates span.", nameof(scores));
        }

        var q = query.View;
        for (var i = 0; i < candidates.Length; i++)
        {
            scores[i] = Compare<TKernel>(q, candidates[i].View).Score;
        }
    }

    /// <summary>The comparison itself, with a chosen match kernel.</summary>
    internal static NameMatchResult Compare<TKernel>(scoped in NameView a, scoped in NameView b)
        where TKernel : struct, IMatchKernel
    {
        if (a.Written.SequenceEqual(b.Written) && !a.Written.IsWhiteSpace())
        {
            return new(1f, NameMatchVerdict.Identical, Reasons.Identical);
        }

        if (a.IsEmpty || b.IsEmpty)
        {
            return new(0f, NameMatchVerdict.Incompatible, Reasons.NothingToCompare);
        }

        if (!a.Suffix.IsEmpty && !b.Suffix.IsEmpty && !a.Suffix.SequenceEqual(b.Suffix))
        {
            return new(SuffixConflictScore, NameMatchVerdict.Incompatible, Reasons.SuffixesDiffer);
        }

        var straight = CompareInOrder<TKernel>(a, b);
        if (straight.Score >= DefaultThreshold || a.Given.IsEmpty || b.Given.IsEmpty)
        {
            return straight;
        }

        var swapped = CompareSwapped<TKernel>(a, b);
        var best = swapped.Score > straight.Score ? swapped : straight;
        if (best.Score >= DefaultThreshold)
        {
            return best;
        }

        return CompareWords(a, b) ?? best;
    }

    private static NameMatchResult CompareSwapped<TKernel>(scoped in NameView a, scoped in NameView b)
        where TKernel : struct, IMatchKernel
    {
        // Family name written first on one side ("Kim Mihyeon" / "Mihyeon Kim"): each side's given key against
        // the other's family key. Each cross pair must start with the same letter (cheap, and it rules out almost
        // every pair of different people), and the reading counts only when both pass, which keeps it symmetric.
        if (a.Family.IsEmpty || b.Family.IsEmpty || a.Given[0] != b.Family[0] || a.Family[0] != b.Given[0])
        {
            return new(0f, NameMatchVerdict.Incompatible, Reasons.FamilyNamesDiffer);
        }

        var cross1 = Similarity<TKernel>(a.Given, a.GivenPattern, b.Family, b.FamilyPattern);
        var cross2 = cross1 >= DefaultThreshold ? Similarity<TKernel>(a.Family, a.FamilyPattern, b.Given, b.GivenPattern) : 0f;
        var swapped = Math.Min(cross1, cross2) * SwappedOrderFactor;
        if (swapped < DefaultThreshold)
        {
            return new(0f, NameMatchVerdict.Incompatible, Reasons.FamilyNamesDiffer);
        }

        return new(swapped, cross1 >= 1f && cross2 >= 1f ? NameMatchVerdict.SameAfterFolding : NameMatchVerdict.Similar, Reasons.SwappedOrder);
    }

    /// <summary>
    /// Compares the names word by word, whatever the split into given and family name: the same words in
    /// another order (<c>Nguyen Viet Cuong</c> / <c>Viet Cuong Nguyen</c>), or one name's words found in order
    /// in the other's, which has more (<c>Arturo Calvo</c> / <c>Arturo Calvo Devesa</c>,
    /// <c>Isabel Segura Bedmar</c> / <c>Isabel Segura-Bedmar</c>). At least two words must agree in full,
    /// and the first or the last words must agree.
    /// </summary>
    [SkipLocalsInit]
    private static NameMatchResult? CompareWords(scoped in NameView a, scoped in NameView b)
    {
        // Cheap necessary conditions first: most pairs of different people stop here.
        var sameLetters = a.Given.Length + a.Family.Length == b.Given.Length + b.Family.Length;
        if (!sameLetters && !FirstWord(a).SequenceEqual(FirstWord(b)) && !LastWord(a).SequenceEqual(LastWord(b)))
        {
            return null;
        }

        const int MaxWords = 16;
        Span<char> textA = stackalloc char[(4 * NameFolding.MaxKeyLength) + 1];
        Span<char> textB = stackalloc char[(4 * NameFolding.MaxKeyLength) + 1];
        Span<Range> wordsA = stackalloc Range[MaxWords];
        Span<Range> wordsB = stackalloc Range[MaxWords];
        var na = Words(a, textA, wordsA);
        var nb = Words(b, textB, wordsB);
        if (na < 2 || nb < 2)
        {
            return null;
        }

        var firstAgree = textA[wordsA[0]].SequenceEqual(textB[wordsB[0]]);
        var lastAgree = textA[wordsA[na - 1]].SequenceEqual(textB[wordsB[nb - 1]]);
        if (!firstAgree && !lastAgree && na != nb)
        {
            return null;
        }

        if (na == nb && SameWords(textA, wordsA[..na], textB, wordsB[..nb]))
        {
            var inOrder = true;
            for (var i = 0; i < na && inOrder; i++)
            {
                inOrder = textA[wordsA[i]].SequenceEqual(textB[wordsB[i]]);
            }

            return inOrder
                ? new(1f, NameMatchVerdict.SameAfterFolding, Reasons.SameAfterFolding)
                : new(SwappedOrderFactor, NameMatchVerdict.SameAfterFolding, Reasons.SameWordsReordered);
        }

        if (!firstAgree && !lastAgree)
        {
            return null;
        }

        // One name's words, in order, within the other's.
        var shortText = na <= nb ? textA : textB;
        var longText = na <= nb ? textB : textA;
        var shortWords = na <= nb ? wordsA[..na] : wordsB[..nb];
        var longWords = na <= nb ? wordsB[..nb] : wordsA[..na];
        var j = 0;
        var full = 0;
        for (var i = 0; i < longWords.Length && j < shortWords.Length; i++)
        {
            var s = shortText[shortWords[j]];
            var l = longText[longWords[i]];
            if (s.SequenceEqual(l))
            {
                full += s.Length > 1 ? 1 : 0;
                j++;
            }
            else if ((s.Length == 1 && l[0] == s[0]) || (l.Length == 1 && s[0] == l[0]) || Nicknames.Agree(s, l))
            {
                j++;
            }
        }

        return j == shortWords.Length && full >= 2
            ? new(PartialNameScore, NameMatchVerdict.InitialsCompatible, Reasons.PartialName)
            : null;
    }

    private static ReadOnlySpan<char> FirstWord(in NameView name)
    {
        var words = name.GivenTokens.IsEmpty ? name.FamilyTokens : name.GivenTokens;
        var space = words.IndexOf(' ');
        return space < 0 ? words : words[..space];
    }

    private static ReadOnlySpan<char> LastWord(in NameView name)
    {
        var words = name.FamilyTokens.IsEmpty ? name.GivenTokens : name.FamilyTokens;
        return words[(words.LastIndexOf(' ') + 1)..];
    }

    private static bool SameWords(ReadOnlySpan<char> textA, ReadOnlySpan<Range> wordsA, ReadOnlySpan<char> textB, ReadOnlySpan<Range> wordsB)
    {
        var used = 0;
        foreach (var wa in wordsA)
        {
            var found = false;
            for (var k = 0; k < wordsB.Length; k++)
            {
                if ((used & (1 << k)) == 0 && textA[wa].SequenceEqual(textB[wordsB[k]]))
                {
                    used |= 1 << k;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes given and family words into <paramref name="text"/> and finds them; returns the count.</summary>
    private static int Words(scoped in NameView name, Span<char> text, Span<Range> words)
    {
        name.GivenTokens.CopyTo(text);
        var length = name.GivenTokens.Length;
        if (length > 0 && !name.FamilyTokens.IsEmpty)
        {
            text[length++] = ' ';
        }

        name.FamilyTokens.CopyTo(text[length..]);
        length += name.FamilyTokens.Length;

        var count = 0;
        var start = 0;
        for (var i = 0; i <= length && count < words.Length; i++)
        {
            if (i == length || text[i] == ' ')
            {
                if (i > start)
                {
                    words[count++] = new Range(start, i);
                }

                start = i + 1;
            }
        }

        return count;
    }

    private static NameMatchResult CompareInOrder<TKernel>(scoped in NameView a, scoped in NameView b)
        where TKernel : struct, IMatchKernel
    {
        float family;
        var familyReason = Reasons.FamilyNamesSimilar;
        if (a.Family.SequenceEqual(b.Family))
        {
            family = 1f;
        }
        else if (AlternativeFamilyAgrees(a, b))
        {
            family = AlternativeFamilyScore;
            familyReason = Reasons.AlternativeFamily;
        }
        else
        {
            family = JaroWinkler.Similarity<TKernel>(a.Family, a.FamilyPattern, b.Family, b.FamilyPattern, padded: true);
        }

        if (family < DefaultThreshold)
        {
            // The given names cannot rescue different family names; not comparing them saves time.
            return new(family, NameMatchVerdict.Incompatible, Reasons.FamilyNamesDiffer);
        }

        var (given, kind, givenReason) = CompareGiven<TKernel>(a, b);
        var score = Math.Min(family, given);
        if (score < DefaultThreshold)
        {
            return new(score, NameMatchVerdict.Incompatible, givenReason);
        }

        if (family >= 1f)
        {
            return new(score, kind, givenReason);
        }

        // Family names only close: a variant spelling at best, whatever the given names say.
        return new(score, NameMatchVerdict.Similar, given >= 1f ? familyReason : givenReason);
    }

    private static bool AlternativeFamilyAgrees(scoped in NameView a, scoped in NameView b) =>
        (!a.AlternativeFamily.IsEmpty && (a.AlternativeFamily.SequenceEqual(b.Family) || a.AlternativeFamily.SequenceEqual(b.AlternativeFamily)))
        || (!b.AlternativeFamily.IsEmpty && b.AlternativeFamily.SequenceEqual(a.Family));

    private static (float Score, NameMatchVerdict Kind, string Reason) CompareGiven<TKernel>(scoped in NameView a, scoped in NameView b)
        where TKernel : struct, IMatchKernel
    {
        if (a.Given.IsEmpty || b.Given.IsEmpty)
        {
            return a.Given.IsEmpty && b.Given.IsEmpty
                ? (1f, NameMatchVerdict.SameAfterFolding, Reasons.SameAfterFolding)
                : (MissingGivenScore, NameMatchVerdict.Similar, Reasons.GivenNameMissing);
        }

        if (a.Given.SequenceEqual(b.Given))
        {
            return (1f, NameMatchVerdict.SameAfterFolding, Reasons.SameAfterFolding);
        }

        if (a.InitialsOnly || b.InitialsOnly)
        {
            var shorter = a.Initials.Length <= b.Initials.Length ? a.Initials : b.Initials;
            var longer = a.Initials.Length <= b.Initials.Length ? b.Initials : a.Initials;
            return longer.StartsWith(shorter)
                ? (InitialsScore, NameMatchVerdict.InitialsCompatible, Reasons.InitialsAgree)
                : (InitialsConflictScore, NameMatchVerdict.Incompatible, Reasons.InitialsDiffer);
        }

        var agreement = CompareTokens(a.GivenTokens, b.GivenTokens);
        if (agreement == TokenAgreement.Compatible)
        {
            return (MiddleNameScore, NameMatchVerdict.InitialsCompatible, Reasons.MiddleNameMissing);
        }

        if (agreement == TokenAgreement.Nickname)
        {
            return (NicknameScore, NameMatchVerdict.Similar, Reasons.Nickname);
        }

        // A spelling variant of a one-word given name ("Mohamed" / "Mohammed"). Given names must agree more
        // closely than family names: short Chinese and Korean given names differ by a letter ("Hao" / "Chao").
        var similarity = JaroWinkler.Similarity<TKernel>(a.Given, a.GivenPattern, b.Given, b.GivenPattern, padded: true) - GivenNamePenalty;
        if (a.GivenTokens.IndexOfAny(' ', '-') >= 0 || b.GivenTokens.IndexOfAny(' ', '-') >= 0)
        {
            // Several given names that disagree part by part ("Chia-Ying" / "Chia-Ming") are different names.
            similarity = Math.Min(similarity, DefaultThreshold - 0.01f);
        }

        similarity = Math.Max(0f, similarity);
        return (similarity, NameMatchVerdict.Similar, similarity >= DefaultThreshold ? Reasons.GivenNamesSimilar : Reasons.GivenNamesDiffer);
    }

    /// <summary>
    /// Compares given names part by part, where a part may be an initial of the other's
    /// (<c>Steven P.</c> / <c>Steven Paul</c>), a short form of it (<c>Mike</c> / <c>Michael</c>), and one side
    /// may have fewer parts (<c>Steven</c>). At least one part must agree in full.
    /// </summary>
    private static TokenAgreement CompareTokens(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var full = 0;
        var nicknames = 0;
        while (!a.IsEmpty && !b.IsEmpty)
        {
            var ta = NextToken(ref a);
            var tb = NextToken(ref b);
            if (ta.SequenceEqual(tb))
            {
                full++;
            }
            else if ((ta.Length == 1 && tb[0] == ta[0]) || (tb.Length == 1 && ta[0] == tb[0]))
            {
                // An initial of the other side's name.
            }
            else if (Nicknames.Agree(ta, tb))
            {
                nicknames++;
            }
            else
            {
                return TokenAgreement.Conflict;
            }
        }

        return full > 0 ? TokenAgreement.Compatible : nicknames > 0 ? TokenAgreement.Nickname : TokenAgreement.Conflict;
    }

    private static ReadOnlySpan<char> NextToken(ref ReadOnlySpan<char> tokens)
    {
        var space = tokens.IndexOf(' ');
        if (space < 0)
        {
            var last = tokens;
            tokens = default;
            return last;
        }

        var token = tokens[..space];
        tokens = tokens[(space + 1)..];
        return token;
    }

    private static float Similarity<TKernel>(ReadOnlySpan<char> a, ReadOnlySpan<uint> patternA, ReadOnlySpan<char> b, ReadOnlySpan<uint> patternB)
        where TKernel : struct, IMatchKernel =>
        a.SequenceEqual(b) ? 1f : JaroWinkler.Similarity<TKernel>(a, patternA, b, patternB, padded: true);

    private enum TokenAgreement
    {
        Conflict,
        Compatible,
        Nickname,
    }

    /// <summary>The reasons given with results; constants, so results allocate nothing.</summary>
    private static class Reasons
    {
        public const string Identical = "written identically";
        public const string SameAfterFolding = "same after folding case, accents, hyphens and spaces";
        public const string SwappedOrder = "same parts with the family name written first on one side";
        public const string InitialsAgree = "family names agree and the initials fit the given names";
        public const string MiddleNameMissing = "family names agree; a middle name or initial is missing or abbreviated on one side";
        public const string AlternativeFamily = "family name agrees with the other reading of an ambiguous split";
        public const string FamilyNamesSimilar = "family names are similar spellings";
        public const string Nickname = "family names agree; a given name is a short form of the other (Mike / Michael)";
        public const string PartialName = "the words of one name appear in the other, which has more (a second family name or a middle name)";
        public const string SameWordsReordered = "same words in another order";
        public const string GivenNamesSimilar = "given names are similar spellings";
        public const string FamilyNamesDiffer = "family names differ";
        public const string GivenNamesDiffer = "given names differ";
        public const string InitialsDiffer = "initials do not fit the given names";
        public const string GivenNameMissing = "one name has no given name";
        public const string SuffixesDiffer = "suffixes differ";
        public const string NothingToCompare = "a name has no letters to compare";
    }
}
