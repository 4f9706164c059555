using System.Runtime.CompilerServices;

namespace Scholarly.Parsing.Names;

/// <summary>
/// Room for a short family key (characters 0–15), a short given key (16–31) and the initials (32–39) inside a
/// <see cref="PreparedName"/>, so that scanning an array of prepared names reads their keys in place
/// instead of following a reference per name.
/// </summary>
[InlineArray(Length)]
internal struct InlineKeys
{
    /// <summary>Characters held.</summary>
    public const int Length = 40;

    /// <summary>Characters per key (the family key first, then the given key).</summary>
    public const int KeyLength = 16;

    /// <summary>Where the initials start.</summary>
    public const int InitialsStart = 32;

    /// <summary>The most initials held.</summary>
    public const int InitialsLength = 8;

    private char _element0;
}
