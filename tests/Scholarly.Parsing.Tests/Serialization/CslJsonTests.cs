using System.Text.Json;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Serialization;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Serialization;

public sealed class CslJsonTests
{
    private static JsonElement Item(Paper paper) => JsonDocument.Parse(CslJson.Serialize([paper])).RootElement[0];

    [Fact]
    public void Serialize_AclExport_GivesTheCslItemCiteprocReads()
    {
        var document = PaperParser.Parse(Fixture.Read("Bibtex/acl-im-bert.bib"), Fixture.FixedOptions);

        var item = JsonDocument.Parse(CslJson.Serialize(document)).RootElement[0];

        Assert.Equal("kim-etal-2024-im", item.GetProperty("id").GetString());
        Assert.Equal("paper-conference", item.GetProperty("type").GetString());
        Assert.Equal("IM-BERT: Enhancing Robustness of BERT through the Implicit Euler Method", item.GetProperty("title").GetString());
        Assert.Equal("""{"family":"Kim","given":"MiHyeon"}""", item.GetProperty("author")[0].GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal(3, item.GetProperty("author").GetArrayLength());
        Assert.Equal("[[2024,11]]", item.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal("Proceedings of the 2024 Conference on Empirical Methods in Natural Language Processing", item.GetProperty("container-title").GetString());
        Assert.Equal("16217–16229", item.GetProperty("page").GetString());
        Assert.Equal("Association for Computational Linguistics", item.GetProperty("publisher").GetString());
        Assert.Equal("Miami, Florida, USA", item.GetProperty("publisher-place").GetString());
        Assert.Equal("10.18653/v1/2024.emnlp-main.907", item.GetProperty("DOI").GetString());
        Assert.Equal("https://aclanthology.org/2024.emnlp-main.907/", item.GetProperty("URL").GetString());
        Assert.StartsWith("Pre-trained Language Models", item.GetProperty("abstract").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Names_UseParticlesSuffixesAndLiterals()
    {
        var paper = new Paper
        {
            Title = "T",
            Authors =
            [
                new PersonName { Written = "Ludwig van Beethoven", Given = "Ludwig", Particle = "van", Family = "Beethoven" },
                new PersonName { Written = "Ford, Jr., Henry", Given = "Henry", Family = "Ford", Suffix = "Jr." },
                new PersonName { Written = "Barack Obama", Family = "Barack Obama" },
                new PersonName { Written = "Aristotle", Family = "Aristotle" },
            ],
        };

        var authors = Item(paper).GetProperty("author");

        Assert.Equal("van", authors[0].GetProperty("non-dropping-particle").GetString());
        Assert.Equal("Jr.", authors[1].GetProperty("suffix").GetString());
        Assert.Equal("Barack Obama", authors[2].GetProperty("literal").GetString());
        Assert.Equal("Aristotle", authors[3].GetProperty("family").GetString());
    }

    [Theory]
    [InlineData("article", VenueKind.Unknown, "article-journal")]
    [InlineData("inproceedings", VenueKind.Unknown, "paper-conference")]
    [InlineData("incollection", VenueKind.Unknown, "chapter")]
    [InlineData("phdthesis", VenueKind.Unknown, "thesis")]
    [InlineData("techreport", VenueKind.Unknown, "report")]
    [InlineData("book", VenueKind.Unknown, "book")]
    [InlineData(null, VenueKind.Findings, "paper-conference")]
    [InlineData(null, VenueKind.Preprint, "article")]
    [InlineData("misc", VenueKind.Other, "document")]
    public void TypeOf_EntryTypeOrVenue_GivesACslType(string? entryType, VenueKind kind, string expected)
    {
        Assert.Equal(expected, CslJson.TypeOf(new Paper { EntryType = entryType, Venue = new Venue { Name = "V", Kind = kind } }));
    }

    [Fact]
    public void Serialize_EverySeedAndFixture_IsValidJsonWithAnItemPerPaper()
    {
        var files = Directory.GetFiles(Path.Combine(Fixture.Directory, "Seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(Fixture.Directory, "Bibtex")))
            .Concat(Directory.GetFiles(Path.Combine(Fixture.Directory, "Ris")));
        foreach (var file in files)
        {
            var document = PaperParser.Parse(File.ReadAllText(file), Fixture.FixedOptions);

            var items = JsonDocument.Parse(CslJson.Serialize(document)).RootElement;

            Assert.Equal(document.Papers.Count, items.GetArrayLength());
            var ids = items.EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }

    [Fact]
    public void Serialize_EmptyValues_AreLeftOut()
    {
        var item = Item(new Paper { Title = "Only a title", Date = PublicationDate.FromYear(2020) });

        Assert.Equal(["id", "type", "title", "issued"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("[[2020]]", item.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Serialize_EmptyDocument_IsAnEmptyArray()
    {
        Assert.Equal("[]", CslJson.Serialize(new ParsedDocument()));
    }
}
