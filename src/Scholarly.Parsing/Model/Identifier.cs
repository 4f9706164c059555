namespace Scholarly.Parsing.Model;

/// <summary>An identifier in a named scheme, e.g. <c>doi</c>, <c>arxiv</c>, <c>acl-anthology</c>, <c>orcid</c>.</summary>
/// <param name="Scheme">The scheme, lowercase (see <see cref="IdentifierSchemes"/>).</param>
/// <param name="Value">The identifier within the scheme.</param>
public sealed record Identifier(string Scheme, string Value)
{
    /// <summary>Formats as <c>scheme:value</c>.</summary>
    public override string ToString() => Scheme + ":" + Value;
}
