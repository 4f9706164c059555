using Scholarly.Parsing.Formats.PaperPages;

namespace Scholarly.Parsing.Tests.Formats.PaperPages;

public sealed class AuthorListTests
{
    [Theory]
    [InlineData("JuneHyoung Kwon, MiHyeon Kim, Eunju Lee", "JuneHyoung Kwon|MiHyeon Kim|Eunju Lee")]
    [InlineData("Ana Lima and Ben Okafor", "Ana Lima|Ben Okafor")]
    [InlineData("Ana Lima, Ben Okafor, and Chen Wei", "Ana Lima|Ben Okafor|Chen Wei")]
    [InlineData("Ana Lima und Ben Okafor", "Ana Lima|Ben Okafor")]
    [InlineData("Alexander Andersen", "Alexander Andersen")]
    public void Split_List_GivesTheNames(string text, string expected)
    {
        var names = AuthorList.Split(text, ["and", "und", "&"], out var truncated);

        Assert.Equal(expected.Split('|'), names);
        Assert.False(truncated);
    }

    [Theory]
    [InlineData("Aiko Tanaka, Rahul Mehta et al.")]
    [InlineData("Aiko Tanaka, Rahul Mehta, et al.")]
    public void Split_ListEndingInEtAl_IsTruncated(string text)
    {
        var names = AuthorList.Split(text, ["and"], out var truncated);

        Assert.Equal(["Aiko Tanaka", "Rahul Mehta"], names);
        Assert.True(truncated);
    }
}
