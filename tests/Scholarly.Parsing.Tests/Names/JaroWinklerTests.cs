using Scholarly.Parsing.Names;

namespace Scholarly.Parsing.Tests.Names;

public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961f)]
    [InlineData("dwayne", "duane", 0.84f)]
    [InlineData("dixon", "dicksonx", 0.813f)]
    [InlineData("kim", "kim", 1f)]
    [InlineData("abc", "xyz", 0f)]
    [InlineData("", "", 1f)]
    [InlineData("", "a", 0f)]
    public void Similarity_KnownPairs_MatchesReferenceValues(string a, string b, float expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 0.001f);

    [Fact]
    public void Similarity_RandomKeys_ScalarVectorAndPatternAgree()
    {
        var random = new Random(11);
        Span<uint> patternA = stackalloc uint[JaroWinkler.PatternLength];
        Span<uint> patternB = stackalloc uint[JaroWinkler.PatternLength];
        for (var n = 0; n < 20_000; n++)
        {
            // Small alphabets make repeated letters and transpositions common; lengths cross the 8/16/32 vector widths.
            var a = RandomKey(random);
            var b = RandomKey(random);
            var scalar = JaroWinkler.Similarity<ScalarKernel>(a, b);
            var vector = JaroWinkler.Similarity<VectorKernel>(a, b);
            var hasA = JaroWinkler.BuildPattern(a, patternA);
            var hasB = JaroWinkler.BuildPattern(b, patternB);
            var pattern = JaroWinkler.Similarity<PatternKernel>(a, hasA ? patternA : default, b, hasB ? patternB : default, padded: false);

            Assert.True(scalar == vector, $"{a} / {b}: scalar {scalar}, vector {vector}");
            Assert.True(scalar == pattern, $"{a} / {b}: scalar {scalar}, pattern {pattern}");
            Assert.Equal(scalar, JaroWinkler.Similarity<ScalarKernel>(b, a));
            Assert.InRange(scalar, 0f, 1f);
        }
    }

    private static string RandomKey(Random random)
    {
        var length = random.Next(0, 70);
        var alphabet = random.Next(2) == 0 ? "abcde" : "abcdefghijklmnopqrstuvwxyz0é";
        return new string([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
    }
}
