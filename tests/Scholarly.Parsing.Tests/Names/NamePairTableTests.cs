using Scholarly.Parsing.Names;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Names;

public sealed class NamePairTableTests(ITestOutputHelper output)
{
    [Fact]
    public void Compare_PairTable_RejectsEveryDifferentPersonAndAcceptsSamePersons()
    {
        var pairs = NamePairTable.Load();
        Assert.True(pairs.Count >= 150, $"The table has {pairs.Count} pairs; at least 150 are expected.");

        int truePositive = 0, falseNegative = 0, trueNegative = 0, falsePositive = 0;
        foreach (var pair in pairs)
        {
            var result = NameMatcher.Compare(pair.A.Name, pair.B.Name);
            var accepted = result.Score >= NameMatcher.DefaultThreshold;
            Assert.Equal(accepted, result.IsMatch);
            switch (pair.SamePerson, accepted)
            {
                case (true, true):
                    truePositive++;
                    break;
                case (true, false):
                    falseNegative++;
                    output.WriteLine($"missed:   {pair.A.Name.Written} / {pair.B.Name.Written} ({pair.Note}): {result}");
                    break;
                case (false, false):
                    trueNegative++;
                    break;
                case (false, true):
                    falsePositive++;
                    output.WriteLine($"accepted: {pair.A.Name.Written} / {pair.B.Name.Written} ({pair.Note}): {result}");
                    break;
            }
        }

        output.WriteLine($"same person: {truePositive} accepted, {falseNegative} rejected; different people: {trueNegative} rejected, {falsePositive} accepted (threshold {NameMatcher.DefaultThreshold})");
        Assert.Equal(0, falsePositive);
        Assert.True(truePositive >= 0.95 * (truePositive + falseNegative), $"Only {truePositive} of {truePositive + falseNegative} same-person pairs accepted.");
    }

    [Theory]
    [InlineData("Mihyeon Kim", "MiHyeon Kim")]
    [InlineData("Junehyoung Kwon", "JuneHyoung Kwon")]
    [InlineData("YoungBin Kim", "Youngbin Kim")]
    [InlineData("Seung jae Shin", "Seungjae Shin")]
    public void Compare_SeedVariants_AreSameAfterFolding(string a, string b) =>
        Assert.Equal(NameMatchVerdict.SameAfterFolding, NameMatcher.Compare(Scholarly.Parsing.Model.PersonName.Parse(a), Scholarly.Parsing.Model.PersonName.Parse(b)).Verdict);
}
