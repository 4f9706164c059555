namespace Scholarly.Parsing.Model;

/// <summary>An institution a person or paper is affiliated with.</summary>
public sealed record Affiliation
{
    /// <summary>The institution's name as written, e.g. <c>cmu</c> or <c>Korea University</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>Creates an affiliation with a name.</summary>
    /// <param name="name">The institution's name as written.</param>
    public static Affiliation FromName(string name) => new() { Name = name };
}
