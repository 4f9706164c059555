using Scholarly.Parsing.Model;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Model;

public sealed class ModelEqualityTests
{
    [Fact]
    public void Paper_BuiltTwiceWithEqualContent_IsEqualWithEqualHashCode()
    {
        var a = ModelSamples.Paper();
        var b = ModelSamples.Paper();

        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Paper_DifferingOnlyInANestedCollectionElement_IsNotEqual()
    {
        var a = ModelSamples.Paper();
        var b = a with { Authors = [a.Authors[0], PersonName.Parse("Mihyeon Kim")] };

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Paper_DifferingInDeeplyNestedTranslationAbstract_IsNotEqual()
    {
        var a = ModelSamples.Paper();
        var translation = a.Translations[0];
        var b = a with { Translations = [translation with { Abstract = translation.Abstract! with { IsTruncated = false } }] };

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Author_BuiltTwice_IsEqual_AndDiffersWhenAMetricChanges()
    {
        var a = ModelSamples.Author();

        Assert.Equal(a, ModelSamples.Author());
        Assert.NotEqual(a, a with { Metrics = [a.Metrics[0] with { Value = 54 }] });
    }

    [Fact]
    public void Document_BuiltTwice_IsEqual()
    {
        Assert.Equal(ModelSamples.Document(), ModelSamples.Document());
        Assert.NotEqual(ModelSamples.Document(), ModelSamples.Document() with { Diagnostics = [] });
    }

    [Fact]
    public void PersonName_DifferentCapitalisation_IsADifferentName()
    {
        // Whether "MiHyeon Kim" and "Mihyeon Kim" are the same person is the resolver's decision, not equality's.
        Assert.NotEqual(PersonName.Parse("MiHyeon Kim"), PersonName.Parse("Mihyeon Kim"));
        Assert.Equal(PersonName.Parse("MiHyeon Kim"), PersonName.Parse("MiHyeon Kim"));
    }

    [Theory]
    [InlineData(2025, null, null, DatePrecision.Year, "2025")]
    [InlineData(2025, 3, null, DatePrecision.Month, "2025-03")]
    [InlineData(2025, 3, 18, DatePrecision.Day, "2025-03-18")]
    public void PublicationDate_Precision_FollowsTheKnownParts(int year, int? month, int? day, DatePrecision precision, string iso)
    {
        var date = new PublicationDate { Year = year, Month = month, Day = day };

        Assert.Equal(precision, date.Precision);
        Assert.Equal(iso, date.ToString());
    }

    [Fact]
    public void Venue_ToString_GivesTheShortReadableForm()
    {
        Assert.Equal("Findings of EMNLP 2023", new Venue { Name = "x", Acronym = "EMNLP", Year = 2023, Kind = VenueKind.Findings }.ToString());
        Assert.Equal("NAACL 2025", ModelSamples.Venue().ToString());
        Assert.Equal("Some Journal", new Venue { Name = "Some Journal" }.ToString());
    }
}
