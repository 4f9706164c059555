namespace Scholarly.Parsing.Pipeline;

/// <summary>How confident a format is that it can read a page, and why.</summary>
public sealed record FormatMatch
{
    /// <summary>Creates a match.</summary>
    /// <param name="confidence">A confidence between 0 and 1; values outside are clamped.</param>
    /// <param name="reason">A short readable reason, e.g. <c>"pdf bib" entry markers and year headings</c>.</param>
    public FormatMatch(double confidence, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Confidence = double.IsNaN(confidence) ? 0 : Math.Clamp(confidence, 0, 1);
        Reason = reason;
    }

    /// <summary>The confidence between 0 (certainly not) and 1 (certainly).</summary>
    public double Confidence { get; }

    /// <summary>Why the format is or is not confident.</summary>
    public string Reason { get; }

    /// <summary>A match with confidence 0.</summary>
    /// <param name="reason">Why the page is not this format.</param>
    public static FormatMatch None(string reason) => new(0, reason);
}
