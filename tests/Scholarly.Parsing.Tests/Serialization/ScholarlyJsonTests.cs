using System.Text.Json;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Serialization;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Serialization;

public sealed class ScholarlyJsonTests
{
    [Fact]
    public void RoundTrip_EveryModelType_GivesAnEqualValue()
    {
        AssertRoundTrips(ModelSamples.Document());
        AssertRoundTrips(ModelSamples.Author());
        AssertRoundTrips(ModelSamples.Paper());
        AssertRoundTrips(ModelSamples.Venue());
        AssertRoundTrips(ModelSamples.Metric());
        AssertRoundTrips(ModelSamples.Name());
        AssertRoundTrips(ModelSamples.Date());
        AssertRoundTrips(ModelSamples.Abstract());
        AssertRoundTrips(ModelSamples.Paper().Translations[0]);
        AssertRoundTrips(ModelSamples.Paper().Summary!);
        AssertRoundTrips(ModelSamples.Paper().Links[0]);
        AssertRoundTrips(ModelSamples.Paper().Identifiers[0]);
        AssertRoundTrips(ModelSamples.Paper().ExtraFields[0]);
        AssertRoundTrips(Affiliation.FromName("Korea University"));
        AssertRoundTrips(ModelSamples.Source());
        AssertRoundTrips(new LineSpan(3, 9));
        AssertRoundTrips(ModelSamples.Diagnostic());
        AssertRoundTrips(new FormatMatch(0.75, "reason"));
        AssertRoundTrips(new FormatCandidate("bibtex", new FormatMatch(0.2, "no entries")));
    }

    [Fact]
    public void RoundTrip_EmptyValues_GivesAnEqualValue()
    {
        AssertRoundTrips(new ParsedDocument());
        AssertRoundTrips(new Paper());
        AssertRoundTrips(new Author());
    }

    [Fact]
    public void RoundTrip_EverySeedDocument_GivesAnEqualDocument()
    {
        foreach (var seed in Directory.GetFiles(Path.Combine(Fixture.Directory, "Seeds"), "*.txt"))
        {
            AssertRoundTrips(PaperParser.Parse(File.ReadAllText(seed), Fixture.FixedOptions));
        }
    }

    [Fact]
    public void Serialize_UsesCamelCaseStringEnumsAndReadableUnicode()
    {
        var json = ScholarlyJson.Serialize(ModelSamples.Paper());

        Assert.Contains("\"authorsTruncated\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"Conference\"", json, StringComparison.Ordinal);
        Assert.Contains("Modalitätsbalance", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_OmitsDefaults()
    {
        var json = ScholarlyJson.Serialize(new Paper { Title = "T" });

        Assert.DoesNotContain("authors", json, StringComparison.Ordinal);
        Assert.DoesNotContain("venue", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AreReadOnly()
    {
        Assert.True(ScholarlyJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => ScholarlyJson.Options.WriteIndented = false);
    }

    [Fact]
    public void Deserialize_MalformedJson_ThrowsJsonException()
    {
        Assert.ThrowsAny<JsonException>(() => ScholarlyJson.Deserialize<Paper>("{\"title\": "));
        Assert.ThrowsAny<JsonException>(() => ScholarlyJson.Deserialize<Paper>("{\"authors\": 5}"));
    }

    [Fact]
    public void GetTypeInfo_NonModelType_ThrowsNotSupported()
    {
        Assert.Throws<NotSupportedException>(() => ScholarlyJson.Serialize(new NotAModelType(1)));
    }

    private sealed record NotAModelType(int Value);

    private static void AssertRoundTrips<T>(T value)
    {
        var json = ScholarlyJson.Serialize(value);
        var back = ScholarlyJson.Deserialize<T>(json);
        Assert.Equal(value, back);
        Assert.Equal(json, ScholarlyJson.Serialize(back));
    }
}
