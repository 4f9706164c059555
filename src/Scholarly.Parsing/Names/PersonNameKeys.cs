using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Names;

/// <summary>
/// Normalised keys of names, for grouping and indexing: case, accents and the German <c>oe</c>/<c>ue</c>/<c>ae</c>
/// spellings folded (<c>Körner</c>, <c>Koerner</c> → <c>korner</c>), hyphens, spaces and periods dropped
/// (<c>Seung-Jae</c>, <c>Seung jae</c>, <c>Seungjae</c> → <c>seungjae</c>).
/// </summary>
/// <remarks>
/// The blocking keys (family name + first initial, and the same with given and family swapped for names
/// written family name first) put every pair that <see cref="NameMatcher"/> could accept in a shared block,
/// except family-name typos and alternative readings of ambiguous splits.
/// </remarks>
public static class PersonNameKeys
{
    /// <summary>The most characters a key holds; longer names are cut.</summary>
    public const int MaxKeyLength = NameFolding.MaxKeyLength;

    /// <summary>Folds text: lower case, accents removed, everything but letters and digits dropped.</summary>
    /// <param name="text">Any text, e.g. <c>Müller-Lüdenscheidt</c>.</param>
    /// <returns>The folded key, e.g. <c>mullerludenscheidt</c>; at most <see cref="MaxKeyLength"/> characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> buffer = stackalloc char[MaxKeyLength];
        return new string(buffer[..NameFolding.Fold(text, buffer)]);
    }

    /// <summary>Folds text into a caller's buffer without allocating.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="destination">Receives the key; output stops when it is full.</param>
    /// <returns>The number of characters written.</returns>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination) => NameFolding.Fold(text, destination);

    /// <summary>The family-name key: particle and family name folded together, German digraphs folded.</summary>
    /// <param name="name">The name.</param>
    /// <returns>e.g. <c>korner</c> for <c>Felicia Koerner</c>, <c>vanderwaals</c> for <c>Johannes van der Waals</c>; empty when unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string FamilyKey(PersonName name) => NameMatcher.Prepare(name).FamilyKey;

    /// <summary>The given-name key: all given names folded into one key.</summary>
    /// <param name="name">The name.</param>
    /// <returns>e.g. <c>seungjae</c> for <c>Seung-Jae Shin</c>; empty when there is no given name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string GivenKey(PersonName name) => NameMatcher.Prepare(name).GivenKey;

    /// <summary>The blocking key: family-name key and first initial, e.g. <c>kim|m</c> for <c>MiHyeon Kim</c>.</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string BlockingKey(PersonName name)
    {
        var prepared = NameMatcher.Prepare(name);
        return Block(prepared.FamilyKey, prepared.GivenKey);
    }

    /// <summary>
    /// The blocking key with the parts swapped, for names written family name first: given-name key and the
    /// family name's initial, e.g. <c>kim|m</c> for <c>Mihyeon Kim</c> read as <c>Kim Mihyeon</c>
    /// (given <c>Kim</c>, family <c>Mihyeon</c>), which meets <see cref="BlockingKey"/> of <c>Mihyeon Kim</c>.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The key, or an empty string when the name has no given name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string SwappedBlockingKey(PersonName name)
    {
        var prepared = NameMatcher.Prepare(name);
        return prepared.GivenKey.Length == 0 ? "" : Block(prepared.GivenKey, prepared.FamilyKey);
    }

    private static string Block(string first, string second) =>
        second.Length == 0 ? first + "|" : string.Concat(first, "|", second.AsSpan(0, 1));
}
