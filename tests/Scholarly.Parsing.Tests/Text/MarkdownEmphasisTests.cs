using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Tests.Text;

public sealed class MarkdownEmphasisTests
{
    [Theory]
    [InlineData("a novel framework, **BalGrad** to mitigate", "a novel framework, BalGrad to mitigate")]
    [InlineData("solvers: *the explicit and implicit Euler approaches.* Based", "solvers: the explicit and implicit Euler approaches. Based")]
    [InlineData("(**bold**) and *it*.", "(bold) and it.")]
    [InlineData("no markers at all", "no markers at all")]
    [InlineData("a * b * c", "a * b * c")]
    [InlineData("*SEM 2023 and 2*3", "*SEM 2023 and 2*3")]
    [InlineData("unclosed **bold", "unclosed **bold")]
    [InlineData("x**y**z", "x**y**z")]
    [InlineData("***", "***")]
    public void Strip_RemovesOnlyPairedEmphasisMarkers(string input, string expected)
    {
        Assert.Equal(expected, MarkdownEmphasis.Strip(input));
    }
}
