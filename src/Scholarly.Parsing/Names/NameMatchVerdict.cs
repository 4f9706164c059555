namespace Scholarly.Parsing.Names;

/// <summary>How two names relate, from the strongest agreement to none.</summary>
public enum NameMatchVerdict
{
    /// <summary>The names disagree, or agree too little to be taken as the same person's (the score is below the threshold).</summary>
    Incompatible = 0,

    /// <summary>The names are close (a spelling variant or typo) without an exact agreement of their parts.</summary>
    Similar,

    /// <summary>The family names agree and the initials fit the given names (<c>J. Kwon</c>, <c>Junehyoung Kwon</c>), or a middle name is missing on one side.</summary>
    InitialsCompatible,

    /// <summary>The names are the same once case, accents, hyphens and spaces are folded (<c>MiHyeon Kim</c>, <c>Mihyeon Kim</c>), possibly in the other order.</summary>
    SameAfterFolding,

    /// <summary>The names are written identically.</summary>
    Identical,
}
