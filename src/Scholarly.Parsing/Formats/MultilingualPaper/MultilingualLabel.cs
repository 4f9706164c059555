namespace Scholarly.Parsing.Formats.MultilingualPaper;

/// <summary>One entry of the label table: a label as written on the page, what it introduces and in which language.</summary>
/// <param name="Text">The label without a trailing colon, e.g. <c>Autoren</c> or <c>English</c>; matched case-insensitively.</param>
/// <param name="Field">What the label introduces.</param>
/// <param name="Language">
/// For <see cref="MultilingualField.LanguageSection"/> the language of the section (<c>English</c> →
/// <c>en</c>); otherwise the language the label is written in, used when the content's language
/// cannot be told.
/// </param>
internal sealed record MultilingualLabel(string Text, MultilingualField Field, string Language)
{
    /// <summary>Whether the content usually follows on the label's own line after a colon.</summary>
    public bool IsInline => Field is MultilingualField.Authors or MultilingualField.Date or MultilingualField.Categories;

    /// <summary>Whether the label heads a summary section.</summary>
    public bool IsSummary => Field is MultilingualField.Summary or MultilingualField.GeneratedSummary;
}
