namespace Scholarly.Parsing.Pipeline;

/// <summary>
/// The stable codes of the diagnostics the library reports. Codes never change meaning; plugins may
/// use these or their own codes (choose a prefix other than <c>SP</c>).
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The input is empty or only whitespace.</summary>
    public const string EmptyInput = "SP0001";

    /// <summary>The input looks like binary data rather than text.</summary>
    public const string BinaryInput = "SP0002";

    /// <summary>The input is larger than <see cref="ParseOptions.MaxInputLength"/>; only its beginning was read.</summary>
    public const string InputTooLarge = "SP0003";

    /// <summary>No registered format recognised the input.</summary>
    public const string NoFormatRecognised = "SP0004";

    /// <summary>A format was forced, but the input does not look like that format.</summary>
    public const string FormatMismatch = "SP0005";

    /// <summary>A format failed unexpectedly; this is a bug in that format, reported instead of thrown.</summary>
    public const string FormatFailed = "SP0006";

    /// <summary>The input holds more entries than <see cref="ParseOptions.MaxEntries"/>; the rest were not read.</summary>
    public const string TooManyEntries = "SP0007";

    /// <summary>The input held invalid UTF-16 (lone surrogates) or Unicode noncharacters; they were replaced by U+FFFD.</summary>
    public const string InvalidCharacters = "SP0008";

    /// <summary>
    /// The bytes of an HTML page did not match the character set it declares, or it declares none
    /// and is not UTF-8; the message says how it was decoded.
    /// </summary>
    public const string EncodingMismatch = "SP0009";

    /// <summary>An HTML page nests elements deeper than browsers build; the deeper tags were ignored and their text kept.</summary>
    public const string MarkupTooDeep = "SP0010";

    /// <summary>An entry lacks a field the format expects (title, authors, venue, …).</summary>
    public const string MissingField = "SP1001";

    /// <summary>An entry is cut off, e.g. the page ends in the middle of it.</summary>
    public const string TruncatedEntry = "SP1002";

    /// <summary>A line could not be assigned to any field and was skipped.</summary>
    public const string UnrecognisedLine = "SP1003";

    /// <summary>An entry has no abstract.</summary>
    public const string MissingAbstract = "SP1004";

    /// <summary>A count the page announces differs from what was found.</summary>
    public const string CountMismatch = "SP1005";

    /// <summary>A category or area code is not known; it was kept as written.</summary>
    public const string UnknownCategory = "SP1006";

    /// <summary>A date could not be read.</summary>
    public const string MalformedDate = "SP1007";

    /// <summary>An item was dropped, e.g. web spam in a list of methods.</summary>
    public const string DroppedItem = "SP1008";

    /// <summary>A section appears more than once.</summary>
    public const string DuplicateSection = "SP1009";

    /// <summary>A section has a label but no content.</summary>
    public const string EmptySection = "SP1010";

    /// <summary>A value was inferred rather than read (e.g. a year from the reference date).</summary>
    public const string InferredValue = "SP1011";

    /// <summary>A value looks malformed and was kept as written.</summary>
    public const string MalformedValue = "SP1012";

    /// <summary>
    /// A reference names something that is missing, or references form a cycle (a BibTeX
    /// <c>crossref</c> or <c>@string</c> macro); it was left unresolved and the rest kept.
    /// </summary>
    public const string UnresolvedReference = "SP1013";
}
