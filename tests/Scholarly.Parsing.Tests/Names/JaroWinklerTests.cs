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
    public void Similarity_RandomKeys_ScalarAndVectorKernelsAgree()
    {
        var random = new Random(11);
        for (var n = 0; n < 20_000; n++)
        {
            // Small alphabets make repeated letters and transpositions common; lengths cross the 8/16/32 vector widths.
            var a = RandomKey(random);
            var b = RandomKey(random);
            var scalar = JaroWinkler.Similarity<ScalarKernel>(a, b);
            var vector = JaroWinkler.Similarity<VectorKernel>(a, b);

            // Padded keys are loaded in place instead of copied first.
            var padded = JaroWinkler.Similarity<VectorKernel>((a + new string('\0', 32)).AsSpan(0, a.Length), (b + new string('\0', 32)).AsSpan(0, b.Length), padded: true);

            Assert.True(scalar == vector, $"{a} / {b}: scalar {scalar}, vector {vector}");
            Assert.True(scalar == padded, $"{a} / {b}: scalar {scalar}, padded {padded}");
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
