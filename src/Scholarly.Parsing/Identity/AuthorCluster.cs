namespace Scholarly.Parsing.Identity;

/// <summary>The outcome for one person: mention indices, resolved paper indices, evidence.</summary>
internal sealed record AuthorCluster(List<int> Mentions, List<int> Papers, List<Evidence> Evidence);
