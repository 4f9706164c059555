using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Tests.Text;

public sealed class LatexTextTests
{
    [Theory]
    [InlineData(@"a\textasciicircum{}b \textasciitilde{} \textbackslash{}", "a^b ~ \\")]
    [InlineData(@"\textit{Attention} computes", "Attention computes")]
    [InlineData(@"a \textbf{bold} and \emph{Eigen-Value} word", "a bold and Eigen-Value word")]
    [InlineData(@"with $\textit{unknown}$ classes", "with unknown classes")]
    [InlineData(@"the target-$\textit{known}$ distribution", "the target-known distribution")]
    [InlineData(@"Code: \url{https://github.com/changdaeoh/BlackVIP}", "Code: https://github.com/changdaeoh/BlackVIP")]
    [InlineData(@"at \href{https://github.com/MLAI-Yonsei/SCER}{https://github.com/MLAI-Yonsei/SCER}.", "at https://github.com/MLAI-Yonsei/SCER.")]
    [InlineData(@"see \href{https://example.org/x}{our page}.", "see our page.")]
    [InlineData(@"at \textcolor{violet}{https://github.com/gyjung975/P3T}.", "at https://github.com/gyjung975/P3T.")]
    [InlineData("pages 10--20 and a---b", "pages 10–20 and a—b")]
    [InlineData("30~objects", "30 objects")]
    [InlineData(@"92\% of R\&D in \_ and \#1 for \$5", "92% of R&D in _ and #1 for $5")]
    [InlineData("15.8% faster", "15.8% faster")]
    public void Clean_TextMarkup_BecomesPlainText(string raw, string expected) =>
        Assert.Equal(expected, LatexText.Clean(raw));

    [Theory]
    [InlineData("the $L^{2}$ norm", "the L² norm")]
    [InlineData("the $L^{p}$ norm", "the L^p norm")]
    [InlineData("(P$^3$T), a method", "(P³T), a method")]
    [InlineData("$x^{n+1}$", "xⁿ⁺¹")]
    [InlineData("$e^{-x}$", "e^(-x)")]
    [InlineData("$\\ell_2$ and $x_{ij}$", "ℓ₂ and x_(ij)")]
    [InlineData(@"$O(\sqrt{T})$ and $\frac{1}{2}$ and $\frac{a+b}{c}$", "O(√T) and 1/2 and (a+b)/c")]
    [InlineData(@"$\alpha \leq \beta \times 2$", "α ≤ β × 2")]
    [InlineData(@"$\mathbb{R}^{d}$", "ℝ^d")]
    [InlineData(@"$\mathcal{O}(n \log n)$", "O(n log n)")]
    public void Clean_Math_BecomesReadable(string raw, string expected) =>
        Assert.Equal(expected, LatexText.Clean(raw));

    [Theory]
    [InlineData(@"Mart\'{i}n and Mart\'in", "Martín and Martín")]
    [InlineData(@"G\""odel, {\""u}ber, \c{c}a, \v{S}ter", "Gödel, über, ça, Šter")]
    [InlineData(@"Erd\H{o}s and \'{\i}", "Erdős and í")]
    [InlineData(@"Stra\ss e, \o, \aa", "Straße, ø, å")]
    public void Clean_Accents_ComposeToSingleCharacters(string raw, string expected) =>
        Assert.Equal(expected, LatexText.Clean(raw));

    [Theory]
    [InlineData("plain text with nothing to do.")]
    [InlineData("")]
    public void Clean_PlainText_ReturnsSameInstance(string raw) =>
        Assert.Same(raw, LatexText.Clean(raw));

    [Theory]
    [InlineData("costs $5 today", "costs $5 today")]
    [InlineData(@"an \unknowncommand here", @"an \unknowncommand here")]
    [InlineData(@"an \unknown{argument} here", "an argument here")]
    [InlineData(@"\textit{unclosed", "unclosed")]
    [InlineData("{BERT} and {{nested}}", "BERT and nested")]
    [InlineData("trailing backslash \\", "trailing backslash \\")]
    [InlineData("https://example.org/a--b~c and x--y", "https://example.org/a--b~c and x–y")]
    [InlineData("``quoted''", "“quoted”")]
    [InlineData(@"{\em emphasised} word", "emphasised word")]
    public void Clean_EdgeCases_KeepWhatIsReadable(string raw, string expected) =>
        Assert.Equal(expected, LatexText.Clean(raw));

    [Fact]
    public void Clean_DeeplyNestedCommands_DoesNotOverflow()
    {
        var raw = string.Concat(Enumerable.Repeat(@"\textit{", 10_000)) + "x" + new string('}', 10_000);
        var clean = LatexText.Clean(raw);
        Assert.Contains("x", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ManyDollarSigns_IsLinear()
    {
        var raw = string.Concat(Enumerable.Repeat("a $ b ", 50_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var clean = LatexText.Clean(raw);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.NotEmpty(clean);
    }

    [Theory]
    [InlineData(@"\textit{")]
    [InlineData(@"\(")]
    [InlineData("$")]
    [InlineData(@"\href{")]
    public void Clean_ManyUnclosedGroups_StaysFast(string opener)
    {
        var raw = string.Concat(Enumerable.Repeat(opener + "word ", 100_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var clean = LatexText.Clean(raw);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Contains("word", clean, StringComparison.Ordinal);
    }
}
