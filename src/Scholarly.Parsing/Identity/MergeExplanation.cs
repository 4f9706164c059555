using Scholarly.Parsing.Model;
using Scholarly.Parsing.Names;

namespace Scholarly.Parsing.Identity;

/// <summary>Why two mentions were or were not taken as the same person.</summary>
public sealed record MergeExplanation
{
    /// <summary>Whether the resolver took the two mentions as one person.</summary>
    public bool SamePerson { get; init; }

    /// <summary>How the two names compare.</summary>
    public NameMatchResult NameMatch { get; init; }

    /// <summary>The facts for and against, in order of strength.</summary>
    public EquatableArray<Evidence> Evidence { get; init; }

    /// <summary>Rules that kept the mentions apart (e.g. they are two authors of one paper), if any.</summary>
    public EquatableArray<string> Blockers { get; init; }

    /// <summary>A one-paragraph summary.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Returns the summary.</summary>
    public override string ToString() => Summary;
}
