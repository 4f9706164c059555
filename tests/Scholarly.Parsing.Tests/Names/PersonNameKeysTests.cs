using Scholarly.Parsing.Model;
using Scholarly.Parsing.Names;

namespace Scholarly.Parsing.Tests.Names;

public sealed class PersonNameKeysTests
{
    [Theory]
    [InlineData("Müller-Lüdenscheidt", "mullerludenscheidt")]
    [InlineData("Seung-Jae", "seungjae")]
    [InlineData("Seung jae", "seungjae")]
    [InlineData("MiHyeon", "mihyeon")]
    [InlineData("Weiß", "weiss")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("AbuRa’ed", "aburaed")]
    [InlineData("Иван", "иван")]
    [InlineData("😀", "")]
    public void Fold_Text_FoldsCaseAccentsAndSeparators(string text, string expected) =>
        Assert.Equal(expected, PersonNameKeys.Fold(text));

    [Fact]
    public void Fold_DecomposedAccents_SameAsPrecomposed() =>
        Assert.Equal(PersonNameKeys.Fold("Körner"), PersonNameKeys.Fold("Ko\u0308rner"));

    [Theory]
    [InlineData("Felicia Körner", "Felicia Koerner")]
    [InlineData("Thomas Müller", "Thomas Mueller")]
    [InlineData("Thomas Müller", "Thomas Muller")]
    [InlineData("Hans Schäfer", "Hans Schaefer")]
    public void FamilyKey_GermanSpellings_FoldTogether(string a, string b) =>
        Assert.Equal(PersonNameKeys.FamilyKey(PersonName.Parse(a)), PersonNameKeys.FamilyKey(PersonName.Parse(b)));

    [Theory]
    [InlineData("Choe", "Cho")]
    [InlineData("Xue", "Xu")]
    [InlineData("Michael", "Michal")]
    public void FamilyKey_ShortOrExemptNames_KeepTheirE(string a, string b) =>
        Assert.NotEqual(PersonNameKeys.FamilyKey(PersonName.Parse("A " + a)), PersonNameKeys.FamilyKey(PersonName.Parse("A " + b)));

    [Theory]
    [InlineData("Seung jae Shin", "Seungjae Shin")]
    [InlineData("Seung-Jae Shin", "Seungjae Shin")]
    [InlineData("MiHyeon Kim", "Mihyeon Kim")]
    public void GivenKey_SpacingAndCaseVariants_Agree(string a, string b) =>
        Assert.Equal(PersonNameKeys.GivenKey(PersonName.Parse(a)), PersonNameKeys.GivenKey(PersonName.Parse(b)));

    [Fact]
    public void BlockingKey_FamilyFirstWriting_MeetsSwappedKey()
    {
        var given = PersonName.Parse("Mihyeon Kim");
        var familyFirst = PersonName.Parse("Kim Mihyeon");

        Assert.Equal("kim|m", PersonNameKeys.BlockingKey(given));
        Assert.Equal(PersonNameKeys.BlockingKey(given), PersonNameKeys.SwappedBlockingKey(familyFirst));
    }

    [Fact]
    public void BlockingKey_ParticleAndInitial_UsesFoldedFamily() =>
        Assert.Equal("vanderwaals|l", PersonNameKeys.BlockingKey(PersonName.Parse("L. van der Waals")));

    [Fact]
    public void SwappedBlockingKey_NoGivenName_IsEmpty() =>
        Assert.Equal("", PersonNameKeys.SwappedBlockingKey(PersonName.Parse("Madonna")));
}
