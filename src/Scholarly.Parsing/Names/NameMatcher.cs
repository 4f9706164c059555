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
        JaroWinkler.IsVectorized ? Compare<VectorKernel>(a.View, b.View) : Compare<ScalarKernel>(a.View, b.View);

    /// <summary>Scores one name against many, allocating nothing.</summary>
    /// <param name="query">The name to look for.</param>
    /// <param name="candidates">The names to score.</param>
    /// <param name="scores">Receives one score per candidate, in order; at least as long as <paramref name="candidates"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="scores"/> is shorter than <paramref name="candidates"/>.</exception>
    public static void ScoreMany(in PreparedName query, ReadOnlySpan<PreparedName> candidates, Span<float> scores)
    {
        if (JaroWinkler.IsVectorized)
        {
            ScoreMany<VectorKernel>(query, candidates, scores);
        }
        else
        {
            ScoreMany<ScalarKernel>(query, candidates, scores);
        }
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
            scores[i] = Match<TKernel>(q, candidates[i].View).Score;
        }
    }

    /// <summary>The comparison itself, with a chosen match kernel.</summary>
    internal static NameMatchResult Compare<TKernel>(scoped in NameView a, scoped in NameView b)
        where TKernel : struct, IMatchKernel => Match<TKernel>(a, b).ToResult();

    /// <summary>
    /// The comparison as a score and a reason code: no object references, so the hot path passes it in a
    /// register and <see cref="ScoreMany"/> never builds a <see cref="NameMatchResult"/>.
    /// </summary>
    internal static Outcome Match<TKernel>(scoped in NameView a, scoped in NameView b)
        where TKernel : struct, IMatchKernel
    {
        if (a.IsWrittenIdentically(b))
        {
            return new(1f, Reason.Identical);
        }

        if (a.IsEmpty || b.IsEmpty)
        {
            return new(0f, Reason.NothingToCompare);
        }

        if (a.HasSuffix && b.HasSuffix && !a.Suffix.SequenceEqual(b.Suffix))
        {
            return new(SuffixConflictScore, Reason.SuffixesDiffer);
        }

        var straight = CompareInOrder<TKernel>(a, b);
        if (straight.Score >= DefaultThreshold || a.Given.IsEmpty || b.Given.IsEmpty)
        {
            return straight;
        }

        var swapped = CompareSwapped<TKernel>(a, b);
        if (swapped.Score >= DefaultThreshold)
        {
            return swapped;
        }

        return CompareWords(a, b, out var words) ? words : straight;
    }

    private static Outcome CompareSwapped<TKernel>(scoped in NameView a, scoped in NameView b)
        where TKernel : struct, IMatchKernel
    {
        // Family name written first on one side ("Kim Mihyeon" / "Mihyeon Kim"): each side's given key against
        // the other's family key. Each cross pair must start with the same letter (cheap, and it rules out almost
        // every pair of different people), and the reading counts only when both pass, which keeps it symmetric.
        if (a.Family.IsEmpty || b.Family.IsEmpty || a.Given[0] != b.Family[0] || a.Family[0] != b.Given[0])
        {
            return new(0f, Reason.FamilyNamesDiffer);
        }

        var cross1 = Similarity<TKernel>(a.Given, b.Family);
        var cross2 = cross1 >= DefaultThreshold ? Similarity<TKernel>(a.Family, b.Given) : 0f;
        var swapped = Math.Min(cross1, cross2) * SwappedOrderFactor;
        return swapped < DefaultThreshold
            ? new(0f, Reason.FamilyNamesDiffer)
            : new(swapped, cross1 >= 1f && cross2 >= 1f ? Reason.SwappedOrder : Reason.SwappedOrderSimilar);
    }

    /// <summary>
    /// Compares the names word by word, whatever the split into given and family name: the same words in
    /// another order (<c>Nguyen Viet Cuong</c> / <c>Viet Cuong Nguyen</c>), or one name's words found in order
    /// in the other's, which has more (<c>Arturo Calvo</c> / <c>Arturo Calvo Devesa</c>,
    /// <c>Isabel Segura Bedmar</c> / <c>Isabel Segura-Bedmar</c>). At least two words must agree in full,
    /// and the first or the last words must agree.
    /// </summary>
    [SkipLocalsInit]
    private static bool CompareWords(scoped in NameView a, scoped in NameView b, out Outcome outcome)
    {
        outcome = default;
        if (!a.IsHashed || !b.IsHashed)
        {
            return CompareWords(a.WithHashes(), b.WithHashes(), out outcome);
        }

        // Cheap necessary conditions first (most pairs of different people stop here): the same number of
        // words can only be the same words reordered; otherwise the first or the last words must agree.
        var countA = a.WordCount;
        var countB = b.WordCount;
        if (countA < 2 || countB < 2
            || (countA == countB ? a.WordSetHash != b.WordSetHash : a.FirstWordHash != b.FirstWordHash && a.LastWordHash != b.LastWordHash))
        {
            return false;
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
            return false;
        }

        var firstAgree = textA[wordsA[0]].SequenceEqual(textB[wordsB[0]]);
        var lastAgree = textA[wordsA[na - 1]].SequenceEqual(textB[wordsB[nb - 1]]);
        if (!firstAgree && !lastAgree && na != nb)
        {
            return false;
        }

        if (na == nb && SameWords(textA, wordsA[..na], textB, wordsB[..nb]))
        {
            var inOrder = true;
            for (var i = 0; i < na && inOrder; i++)
            {
                inOrder = textA[wordsA[i]].SequenceEqual(textB[wordsB[i]]);
            }

            outcome = inOrder ? new(1f, Reason.SameAfterFolding) : new(SwappedOrderFactor, Reason.SameWordsReordered);
            return true;
        }

        if (!firstAgree && !lastAgree)
        {
            return false;
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

        if (j == shortWords.Length && full >= 2)
        {
            outcome = new(PartialNameScore, Reason.PartialName);
            return true;
        }

        return false;
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

    private static Outcome CompareInOrder<TKernel>(scoped in NameView a, scoped in NameView b)
        where TKernel : struct, IMatchKernel
    {
        float family;
        var familyReason = Reason.FamilyNamesSimilar;
        if (a.Family.SequenceEqual(b.Family))
        {
            family = 1f;
        }
        else if (AlternativeFamilyAgrees(a, b))
        {
            family = AlternativeFamilyScore;
            familyReason = Reason.AlternativeFamily;
        }
        else
        {
            // No letter in common means no Jaro match at all: exactly 0, without the search.
            family = (a.FamilyLetters & b.FamilyLetters) == 0 ? 0f : JaroWinkler.Similarity<TKernel>(a.Family, b.Family, padded: true);
        }

        if (family < DefaultThreshold)
        {
            // The given names cannot rescue different family names; not comparing them saves time.
            return new(family, Reason.FamilyNamesDiffer);
        }

        var given = CompareGiven<TKernel>(a, b);
        var score = Math.Min(family, given.Score);
        if (score < DefaultThreshold || family >= 1f)
        {
            return new(score, given.Reason);
        }

        // Family names only close: a variant spelling at best, whatever the given names say.
        return new(score, familyReason);
    }

    private static bool AlternativeFamilyAgrees(scoped in NameView a, scoped in NameView b) =>
        (a.HasAlternativeFamily || b.HasAlternativeFamily) && AlternativeFamilyAgreesCore(a, b);

    private static bool AlternativeFamilyAgreesCore(scoped in NameView a, scoped in NameView b) =>
        (!a.AlternativeFamily.IsEmpty && (a.AlternativeFamily.SequenceEqual(b.Family) || a.AlternativeFamily.SequenceEqual(b.AlternativeFamily)))
        || (!b.AlternativeFamily.IsEmpty && b.AlternativeFamily.SequenceEqual(a.Family));

    private static Outcome CompareGiven<TKernel>(scoped in NameView a, scoped in NameView b)
        where TKernel : struct, IMatchKernel
    {
        if (a.Given.IsEmpty || b.Given.IsEmpty)
        {
            return a.Given.IsEmpty && b.Given.IsEmpty ? new(1f, Reason.SameAfterFolding) : new(MissingGivenScore, Reason.GivenNameMissing);
        }

        if (a.Given.SequenceEqual(b.Given))
        {
            return new(1f, Reason.SameAfterFolding);
        }

        if (a.InitialsOnly || b.InitialsOnly)
        {
            var shorter = a.Initials.Length <= b.Initials.Length ? a.Initials : b.Initials;
            var longer = a.Initials.Length <= b.Initials.Length ? b.Initials : a.Initials;
            return longer.StartsWith(shorter) ? new(InitialsScore, Reason.InitialsAgree) : new(InitialsConflictScore, Reason.InitialsDiffer);
        }

        // One-word given names are their own token list: no need to read the slower keys.
        var agreement = CompareTokens(a.HasSeveralGivenNames ? a.GivenTokens : a.Given, b.HasSeveralGivenNames ? b.GivenTokens : b.Given);
        if (agreement == TokenAgreement.Compatible)
        {
            return new(MiddleNameScore, Reason.MiddleNameMissing);
        }

        if (agreement == TokenAgreement.Nickname)
        {
            return new(NicknameScore, Reason.Nickname);
        }

        // A spelling variant of a one-word given name ("Mohamed" / "Mohammed"). Given names must agree more
        // closely than family names: short Chinese and Korean given names differ by a letter ("Hao" / "Chao").
        var similarity = JaroWinkler.Similarity<TKernel>(a.Given, b.Given, padded: true) - GivenNamePenalty;
        if (a.HasSeveralGivenNames || b.HasSeveralGivenNames)
        {
            // Several given names that disagree part by part ("Chia-Ying" / "Chia-Ming") are different names.
            similarity = Math.Min(similarity, DefaultThreshold - 0.01f);
        }

        similarity = Math.Max(0f, similarity);
        return new(similarity, similarity >= DefaultThreshold ? Reason.GivenNamesSimilar : Reason.GivenNamesDiffer);
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

    private static float Similarity<TKernel>(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        where TKernel : struct, IMatchKernel =>
        a.SequenceEqual(b) ? 1f : JaroWinkler.Similarity<TKernel>(a, b, padded: true);

    private enum TokenAgreement
    {
        Conflict,
        Compatible,
        Nickname,
    }

    /// <summary>Why two names got their score; each maps to one verdict and one constant text.</summary>
    internal enum Reason : byte
    {
        Identical,
        SameAfterFolding,
        SwappedOrder,
        SwappedOrderSimilar,
        SameWordsReordered,
        InitialsAgree,
        MiddleNameMissing,
        PartialName,
        AlternativeFamily,
        FamilyNamesSimilar,
        GivenNamesSimilar,
        Nickname,
        FamilyNamesDiffer,
        GivenNamesDiffer,
        InitialsDiffer,
        GivenNameMissing,
        SuffixesDiffer,
        NothingToCompare,
    }

    /// <summary>A score and its reason, without object references.</summary>
    internal readonly record struct Outcome(float Score, Reason Reason)
    {
        public NameMatchResult ToResult()
        {
            var (verdict, text) = Reason switch
            {
                Reason.Identical => (NameMatchVerdict.Identical, "written identically"),
                Reason.SameAfterFolding => (NameMatchVerdict.SameAfterFolding, "same after folding case, accents, hyphens and spaces"),
                Reason.SwappedOrder => (NameMatchVerdict.SameAfterFolding, "same parts with the family name written first on one side"),
                Reason.SwappedOrderSimilar => (NameMatchVerdict.Similar, "similar parts with the family name written first on one side"),
                Reason.SameWordsReordered => (NameMatchVerdict.SameAfterFolding, "same words in another order"),
                Reason.InitialsAgree => (NameMatchVerdict.InitialsCompatible, "family names agree and the initials fit the given names"),
                Reason.MiddleNameMissing => (NameMatchVerdict.InitialsCompatible, "family names agree; a middle name or initial is missing or abbreviated on one side"),
                Reason.PartialName => (NameMatchVerdict.InitialsCompatible, "the words of one name appear in the other, which has more (a second family name or a middle name)"),
                Reason.AlternativeFamily => (NameMatchVerdict.Similar, "family name agrees with the other reading of an ambiguous split"),
                Reason.FamilyNamesSimilar => (NameMatchVerdict.Similar, "family names are similar spellings"),
                Reason.GivenNamesSimilar => (NameMatchVerdict.Similar, "given names are similar spellings"),
                Reason.Nickname => (NameMatchVerdict.Similar, "family names agree; a given name is a short form of the other (Mike / Michael)"),
                Reason.FamilyNamesDiffer => (NameMatchVerdict.Incompatible, "family names differ"),
                Reason.GivenNamesDiffer => (NameMatchVerdict.Incompatible, "given names differ"),
                Reason.InitialsDiffer => (NameMatchVerdict.Incompatible, "initials do not fit the given names"),
                Reason.GivenNameMissing => (NameMatchVerdict.Incompatible, "one name has no given name"),
                Reason.SuffixesDiffer => (NameMatchVerdict.Incompatible, "suffixes differ"),
                _ => (NameMatchVerdict.Incompatible, "a name has no letters to compare"),
            };

            // Below the threshold nothing counts as a match, whatever agreed on the way.
            return new(Score, Score < DefaultThreshold && verdict != NameMatchVerdict.Identical ? NameMatchVerdict.Incompatible : verdict, text);
        }
    }
}
