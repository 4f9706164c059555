namespace Scholarly.Parsing.Formats.Bibtex;

/// <summary>A field of an entry: the lowercase name, the raw LaTeX value and the line it starts on.</summary>
/// <param name="Name">The name, lowercase.</param>
/// <param name="Value">The value after macros and <c>#</c> concatenation, without outer braces or quotes.</param>
/// <param name="Line">The 1-based line of the field's name.</param>
/// <param name="IsInherited">Whether the field came from a <c>crossref</c> parent.</param>
internal sealed record BibtexField(string Name, string Value, int Line, bool IsInherited = false);
