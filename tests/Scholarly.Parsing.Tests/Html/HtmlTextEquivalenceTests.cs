using System.Text.Json.Nodes;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Serialization;
using Scholarly.Parsing.Tests.Support;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Html;

/// <summary>
/// Parsing a saved page and parsing the text copied from it give the same model, except for what
/// only the markup holds: identifiers read from links and link addresses (the HTML result adds them).
/// </summary>
public sealed class HtmlTextEquivalenceTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Html/AclAnthology/author-2021")]
    [InlineData("Html/AclAnthology/author-2026")]
    [InlineData("Html/AclAnthology/author-stripped")]
    [InlineData("Html/AclAnthology/paper-2024")]
    [InlineData("Html/Arxiv/abs-current")]
    [InlineData("Html/Arxiv/abs-old-id")]
    [InlineData("Html/GoogleScholar/profile-en")]
    [InlineData("Html/GoogleScholar/profile-caps-new")]
    public void Parse_OwnPageAndItsCopiedText_GiveTheSameModel(string page)
    {
        var fromHtml = PaperParser.Parse(Fixture.Read(page + ".html"), Fixture.FixedOptions);
        var fromText = PaperParser.Parse(Fixture.Read(page + ".txt"), Fixture.FixedOptions);

        AssertSameModel(fromHtml, fromText);
    }

    [Theory]
    [InlineData("html/acl-people/andreas-madsack.2021-08-25.html")]
    [InlineData("html/acl-people/andreas-madsack.2026-07-03.html")]
    [InlineData("html/acl-paper/N04-1001.html")]
    [InlineData("html/arxiv/abs_2004.10162.html")]
    [InlineData("html/google-scholar/profile_P1RwlvoAAAAJ.html")]
    public void Parse_RealPageAndItsCopiedText_GiveTheSameModel(string page)
    {
        var html = Fixture.ReadShared(page, output);
        if (html is null)
        {
            return;
        }

        // The copy is the page's rendered text, made here: the shared pages are not copied into the repository.
        var fromHtml = PaperParser.Parse(html, Fixture.FixedOptions);
        var fromText = PaperParser.Parse(SourceText.FromHtml(html).Text, Fixture.FixedOptions);

        AssertSameModel(fromHtml, fromText);
    }

    private static void AssertSameModel(ParsedDocument fromHtml, ParsedDocument fromText)
    {
        Assert.NotNull(fromHtml.FormatId);
        var differences = new List<string>();
        Golden.Compare(JsonNode.Parse(ScholarlyJson.Serialize(WithoutMarkupOnlyFacts(fromText))), JsonNode.Parse(ScholarlyJson.Serialize(WithoutMarkupOnlyFacts(fromHtml))), "$", differences);
        Assert.True(differences.Count == 0, "The HTML result differs from the text result:\n  " + string.Join("\n  ", differences.Take(20)));

        // What the text has, the HTML has too.
        Assert.Equal(fromText.Papers.Count, fromHtml.Papers.Count);
        for (var i = 0; i < fromText.Papers.Count; i++)
        {
            Assert.Subset(fromHtml.Papers[i].Identifiers.ToHashSet(), fromText.Papers[i].Identifiers.ToHashSet());
            Assert.Subset(fromHtml.Papers[i].Links.Select(l => l.Kind).ToHashSet(), fromText.Papers[i].Links.Select(l => l.Kind).ToHashSet());
        }

        Assert.Subset(fromHtml.Subject?.Identifiers.ToHashSet() ?? [], fromText.Subject?.Identifiers.ToHashSet() ?? []);
    }

    private static ParsedDocument WithoutMarkupOnlyFacts(ParsedDocument document) => document with
    {
        Subject = document.Subject is null ? null : document.Subject with { Identifiers = [] },
        Papers = [.. document.Papers.Select(p => p with { Identifiers = [], Links = [] })],
    };
}
