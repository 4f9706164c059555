using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Identity;

/// <summary>One real paper, merged from every record of it across documents.</summary>
public sealed record ResolvedPaper
{
    /// <summary>The paper's id in this graph (<c>p0</c>, <c>p1</c>, …).</summary>
    public string Id { get; init; } = "";

    /// <summary>
    /// The merged paper: each field from the record that gives it best (the venue from a proceedings
    /// page, the summary from a summary page, translations from every page), see <see cref="FieldSources"/>.
    /// </summary>
    public Paper Paper { get; init; } = new();

    /// <summary>Every version of the paper, in document order.</summary>
    public EquatableArray<PaperRecord> Records { get; init; }

    /// <summary>Which record gave each merged field.</summary>
    public EquatableArray<FieldSource> FieldSources { get; init; }

    /// <summary>The ids of the resolved authors, in the order of <see cref="Paper"/>'s author list.</summary>
    public EquatableArray<string> AuthorIds { get; init; }

    /// <summary>Why the records were taken as one paper (empty for a paper known from one record).</summary>
    public EquatableArray<Evidence> Evidence { get; init; }

    /// <summary>Returns the title.</summary>
    public override string ToString() => Paper.Title;
}
