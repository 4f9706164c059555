namespace Scholarly.Parsing.Formats.ResearcherProfile;

/// <summary>
/// An entry's first line, e.g. <c>CVMar 26, 2023Code</c>: the arXiv area code, the date as written
/// (split into its parts where they could be read) and whether the <c>Code</c> flag follows.
/// </summary>
/// <param name="Area">The area code as written, e.g. <c>CV</c>.</param>
/// <param name="DateText">The date as written, e.g. <c>Mar 26, 2023</c> or <c>Apr 17</c>.</param>
/// <param name="Year">The year, when written and readable.</param>
/// <param name="Month">The month (1–12), when readable.</param>
/// <param name="Day">The day of the month, when readable (not checked against the month's length).</param>
/// <param name="HasCode">Whether the header ends with the <c>Code</c> flag.</param>
/// <param name="IsWellFormed">Whether every part of the date was read (the year may be absent).</param>
internal readonly record struct EntryHeader(
    string Area, string DateText, int? Year, int? Month, int? Day, bool HasCode, bool IsWellFormed);
