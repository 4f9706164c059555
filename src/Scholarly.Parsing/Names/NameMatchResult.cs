using System.Globalization;

namespace Scholarly.Parsing.Names;

/// <summary>The outcome of comparing two names with <see cref="NameMatcher"/>.</summary>
/// <param name="Score">How alike the names are, from 0 (nothing in common) to 1 (identical).</param>
/// <param name="Verdict">How the names relate.</param>
/// <param name="Reason">A short human-readable explanation (a constant string; nothing is allocated).</param>
public readonly record struct NameMatchResult(float Score, NameMatchVerdict Verdict, string Reason)
{
    /// <summary>Whether the names are taken as the same person's at <see cref="NameMatcher.DefaultThreshold"/>.</summary>
    public bool IsMatch => Verdict != NameMatchVerdict.Incompatible;

    /// <summary>Describes the result, e.g. <c>SameAfterFolding 1.000: same after folding case, accents and spacing</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Verdict} {Score:0.000}: {Reason}");
}
