using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Tests.Names;

public sealed class PersonNameParserTests
{
    [Theory]
    [InlineData("Mihyeon Kim", "Mihyeon", null, "Kim", null, false)]
    [InlineData("Kwon, Junehyoung", "Junehyoung", null, "Kwon", null, false)]
    [InlineData("J. Kwon", "J.", null, "Kwon", null, false)]
    [InlineData("J.K. Rowling", "J.K.", null, "Rowling", null, false)]
    [InlineData("Ludwig van der Waals", "Ludwig", "van der", "Waals", null, false)]
    [InlineData("Juan de la Cruz", "Juan", "de la", "Cruz", null, false)]
    [InlineData("van der Waals, Ludwig", "Ludwig", "van der", "Waals", null, false)]
    [InlineData("John Smith Jr.", "John", null, "Smith", "Jr.", false)]
    [InlineData("John Smith, Jr.", "John", null, "Smith", "Jr.", false)]
    [InlineData("Barton, Jr., G. Edward", "G. Edward", null, "Barton", "Jr.", false)]
    [InlineData("Seung jae Shin", "Seung jae", null, "Shin", null, false)]
    [InlineData("Hee-young Lee", "Hee-young", null, "Lee", null, false)]
    [InlineData("WENRUI ZUO", "WENRUI", null, "ZUO", null, false)]
    [InlineData("Kwon J.", "J.", null, "Kwon", null, true)]
    [InlineData("Kwon JH", "JH", null, "Kwon", null, true)]
    [InlineData("Иван Петров", "Иван", null, "Петров", null, false)]
    [InlineData("김 미현", "미현", null, "김", null, false)]
    public void Parse_Name_SplitsIntoParts(string written, string? given, string? particle, string? family, string? suffix, bool guessed)
    {
        var name = PersonName.Parse(written);

        Assert.Equal(written, name.Written);
        Assert.Equal(given, name.Given);
        Assert.Equal(particle, name.Particle);
        Assert.Equal(family, name.Family);
        Assert.Equal(suffix, name.Suffix);
        Assert.Equal(guessed, name.IsSplitGuessed);
        Assert.Null(name.AlternativeFamily);
    }

    [Fact]
    public void Parse_CapitalisedParticle_RecordsBothReadings()
    {
        var name = PersonName.Parse("Teven Le Scao");

        Assert.Equal("Teven", name.Given);
        Assert.Equal("Le Scao", name.Family);
        Assert.Equal("Scao", name.AlternativeFamily);
        Assert.True(name.IsSplitGuessed);
    }

    [Theory]
    [InlineData("J.K. Rowling", "JK")]
    [InlineData("Seung-Jae Shin", "SJ")]
    [InlineData("Seung jae Shin", "SJ")]
    [InlineData("Mihyeon Kim", "M")]
    [InlineData("Kim", "")]
    public void Initials_Name_FirstLetterOfEachGivenName(string written, string initials) =>
        Assert.Equal(initials, PersonName.Parse(written).Initials);

    [Fact]
    public void Parse_SingleWord_IsFamilyAndGuessed()
    {
        var name = PersonName.Parse("Madonna");

        Assert.Null(name.Given);
        Assert.Equal("Madonna", name.Family);
        Assert.True(name.IsSplitGuessed);
    }

    [Fact]
    public void Parse_HangulWithoutSpace_SplitsFirstSyllableAsGuess()
    {
        var name = PersonName.Parse("김미현");

        Assert.Equal("김", name.Family);
        Assert.Equal("미현", name.Given);
        Assert.True(name.IsSplitGuessed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345")]
    [InlineData("!!! ??? ---")]
    [InlineData("😀😀")]
    public void Parse_NothingReadable_KeepsTextAndClaimsNoParts(string written)
    {
        var name = PersonName.Parse(written);

        Assert.Equal(written, name.Written);
        Assert.Null(name.Given);
        Assert.Null(name.Family);
        Assert.True(name.IsSplitGuessed);
    }

    [Fact]
    public void Parse_EmojiInsideName_DropsItAndMarksGuessed()
    {
        var name = PersonName.Parse("John 😀 Smith");

        Assert.Equal("John", name.Given);
        Assert.Equal("Smith", name.Family);
        Assert.True(name.IsSplitGuessed);
    }

    [Fact]
    public void Parse_VeryLongName_DoesNotThrow()
    {
        var written = string.Join(' ', Enumerable.Repeat("Abcdefghij", 28));
        Assert.True(written.Length >= 300);

        var name = PersonName.Parse(written);

        Assert.Equal(written, name.Written);
        Assert.NotNull(name.Family);
    }

    [Fact]
    public void Parse_ManyTokens_FallsBackToGuessedFamily()
    {
        var written = string.Join(' ', Enumerable.Range(0, 50).Select(i => "N" + new string('a', i % 5 + 1)));

        var name = PersonName.Parse(written);

        Assert.True(name.IsSplitGuessed);
        Assert.NotNull(name.Family);
    }

    [Fact]
    public void Serialize_SimpleName_OmitsNewDefaultProperties()
    {
        var json = Scholarly.Parsing.Serialization.ScholarlyJson.Serialize(PersonName.Parse("Mihyeon Kim"));

        Assert.DoesNotContain("alternativeFamily", json, StringComparison.Ordinal);
        Assert.DoesNotContain("initials", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_AmbiguousName_RoundTrips()
    {
        var name = PersonName.Parse("Teven Le Scao");

        var again = Scholarly.Parsing.Serialization.ScholarlyJson.Deserialize<PersonName>(Scholarly.Parsing.Serialization.ScholarlyJson.Serialize(name));

        Assert.Equal(name, again);
    }
}
