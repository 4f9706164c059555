namespace Scholarly.Parsing.Model;

/// <summary>A field of a bibliographic record that the model has no property for, kept as the source wrote it.</summary>
/// <param name="Name">
/// The field's name: a BibTeX field name in lowercase (<c>note</c>, <c>isbn</c>) or a RIS tag (<c>SN</c>, <c>M1</c>).
/// </param>
/// <param name="Value">
/// The value: for BibTeX the LaTeX source after <c>@string</c> macros and <c>#</c> concatenation are
/// resolved (outer braces or quotes removed); for RIS the text, continuation lines joined by line breaks.
/// </param>
public sealed record ExtraField(string Name, string Value)
{
    /// <summary>Formats as <c>name = value</c>.</summary>
    public override string ToString() => Name + " = " + Value;
}
