namespace Scholarly.Parsing.Names;

/// <summary>
/// Common English short forms of given names (<c>Mike</c> → <c>michael</c>), folded. A short list on
/// purpose: only forms that are not themselves frequent independent names in other languages.
/// </summary>
internal static class Nicknames
{
    /// <summary>Whether two folded given names are a short form and its full form (or two short forms of one name).</summary>
    public static bool Agree(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var fullA = FullForm(a);
        var fullB = FullForm(b);
        return (fullA is not null || fullB is not null)
            && (fullA is null ? a : fullA.AsSpan()).SequenceEqual(fullB is null ? b : fullB.AsSpan());
    }

    private static string? FullForm(ReadOnlySpan<char> name) => name switch
    {
        "alex" => "alexander",
        "andy" or "drew" => "andrew",
        "ben" => "benjamin",
        "bill" or "will" or "billy" => "william",
        "bob" or "rob" or "bobby" or "robby" => "robert",
        "chris" => "christopher",
        "dan" or "danny" => "daniel",
        "dave" => "david",
        "ed" or "ted" or "eddie" => "edward",
        "fred" => "frederick",
        "greg" => "gregory",
        "jeff" => "jeffrey",
        "jim" or "jimmy" => "james",
        "joe" => "joseph",
        "jon" => "jonathan",
        "kathy" or "kate" or "katie" => "katherine",
        "kathleen" => "katherine",
        "eduard" => "edward",
        "ken" => "kenneth",
        "larry" => "lawrence",
        "liz" or "beth" => "elizabeth",
        "matt" => "matthew",
        "mike" or "mick" => "michael",
        "nick" => "nicholas",
        "pat" => "patrick",
        "phil" => "philip",
        "rick" or "rich" => "richard",
        "ron" => "ronald",
        "sam" => "samuel",
        "steve" or "stephen" => "steven",
        "sue" => "susan",
        "tim" => "timothy",
        "tom" => "thomas",
        "tony" => "anthony",
        "bea" => "beatrice",
        "jen" or "jenny" => "jennifer",
        "nate" => "nathan",
        "zach" => "zachary",
        _ => null,
    };
}
