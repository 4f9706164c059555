namespace Scholarly.Parsing.Identity;

/// <summary>Where a person is mentioned.</summary>
public enum MentionRole
{
    /// <summary>In a paper's author list.</summary>
    PaperAuthor,

    /// <summary>As the subject of an author or profile page.</summary>
    PageSubject,
}
