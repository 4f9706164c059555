namespace Scholarly.Parsing.Pipeline;

/// <summary>One format's answer when a pipeline detects the format of a page.</summary>
/// <param name="FormatId">The format's id.</param>
/// <param name="Match">Its confidence and reason.</param>
public sealed record FormatCandidate(string FormatId, FormatMatch Match);
