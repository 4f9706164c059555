using Scholarly.Parsing.Model;
using Scholarly.Parsing.Names;

namespace Scholarly.Parsing.Tests.Names;

public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("Mihyeon Kim", "Mihyeon Kim", NameMatchVerdict.Identical)]
    [InlineData("Mihyeon Kim", "MiHyeon Kim", NameMatchVerdict.SameAfterFolding)]
    [InlineData("Seung jae Shin", "Seungjae Shin", NameMatchVerdict.SameAfterFolding)]
    [InlineData("Felicia Körner", "Felicia Koerner", NameMatchVerdict.SameAfterFolding)]
    [InlineData("Kim Mihyeon", "Mihyeon Kim", NameMatchVerdict.SameAfterFolding)]
    [InlineData("J. Kwon", "Junehyoung Kwon", NameMatchVerdict.InitialsCompatible)]
    [InlineData("Steven P. Abney", "Steven Abney", NameMatchVerdict.InitialsCompatible)]
    [InlineData("Mohamed Ali", "Mohammed Ali", NameMatchVerdict.Similar)]
    [InlineData("J. Kwon", "Minchan Kwon", NameMatchVerdict.Incompatible)]
    [InlineData("Hyunwoo Kim", "Hyunjung Kim", NameMatchVerdict.Incompatible)]
    [InlineData("Jinwoo Lee", "Jinhyuk Lee", NameMatchVerdict.Incompatible)]
    public void Compare_Pair_GivesVerdict(string a, string b, NameMatchVerdict verdict)
    {
        var result = NameMatcher.Compare(PersonName.Parse(a), PersonName.Parse(b));

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(verdict != NameMatchVerdict.Incompatible, result.Score >= NameMatcher.DefaultThreshold);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Fact]
    public void Compare_PreparedAndUnprepared_Agree()
    {
        foreach (var (a, b) in NamePairTable.Load())
        {
            var direct = NameMatcher.Compare(a.Name, b.Name);
            var prepared = NameMatcher.Compare(NameMatcher.Prepare(a.Name), NameMatcher.Prepare(b.Name));
            Assert.Equal(direct, prepared);
        }
    }

    [Fact]
    public void Compare_Swapped_IsSymmetric()
    {
        foreach (var (a, b) in NamePairTable.Load())
        {
            Assert.Equal(NameMatcher.Compare(a.Name, b.Name), NameMatcher.Compare(b.Name, a.Name));
        }
    }

    [Theory]
    [InlineData("", "Mihyeon Kim")]
    [InlineData("12345", "12345")]
    [InlineData("김미현", "Mihyeon Kim")]
    [InlineData("Иван Петров", "Ivan Petrov")]
    [InlineData("John 😀 Smith", "John Smith")]
    [InlineData("😀", "😀")]
    public void Compare_BadInput_ReturnsScoreInRange(string a, string b)
    {
        var result = NameMatcher.Compare(PersonName.Parse(a), PersonName.Parse(b));

        Assert.InRange(result.Score, 0f, 1f);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Fact]
    public void Compare_VeryLongNames_ReturnsScore()
    {
        var a = PersonName.Parse(string.Concat(Enumerable.Repeat("Abcdefghij ", 30)) + "Kim");
        var b = PersonName.Parse(string.Concat(Enumerable.Repeat("Abcdefghij ", 31)) + "Kim");

        var result = NameMatcher.Compare(a, b);

        Assert.InRange(result.Score, 0f, 1f);
    }

    [Fact]
    public void Compare_DefaultPreparedName_ScoresZero()
    {
        var result = NameMatcher.Compare(default(PreparedName), NameMatcher.Prepare(PersonName.Parse("Mihyeon Kim")));

        Assert.Equal(0f, result.Score);
        Assert.Equal(NameMatchVerdict.Incompatible, result.Verdict);
    }

    [Fact]
    public void ScoreMany_Candidates_EqualsPairwiseCompare()
    {
        var names = NamePairTable.Load().SelectMany(p => new[] { p.A, p.B }).ToArray();
        var prepared = names.Select(n => n.Prepared).ToArray();
        var scores = new float[prepared.Length];

        foreach (var query in prepared.Take(40))
        {
            NameMatcher.ScoreMany(query, prepared, scores);
            for (var i = 0; i < prepared.Length; i++)
            {
                Assert.Equal(NameMatcher.Compare(query, prepared[i]).Score, scores[i]);
            }
        }
    }

    [Fact]
    public void ScoreMany_ShortScores_Throws() =>
        Assert.Throws<ArgumentException>(() => NameMatcher.ScoreMany(default, new PreparedName[2], new float[1]));

    [Fact]
    public void ScoreMany_ScalarAndVectorKernels_GiveIdenticalScores()
    {
        var random = new Random(3);
        var names = NamePairTable.Load().SelectMany(p => new[] { p.A.Prepared, p.B.Prepared }).ToArray();
        var vector = new float[names.Length];
        var scalar = new float[names.Length];

        for (var q = 0; q < 60; q++)
        {
            var query = names[random.Next(names.Length)];
            NameMatcher.ScoreMany<VectorKernel>(query, names, vector);
            NameMatcher.ScoreMany<ScalarKernel>(query, names, scalar);
            Assert.Equal(scalar, vector);
        }
    }

    [Fact]
    public void Compare_LongKeys_SameAsShortPath()
    {
        // Keys longer than 16 characters live outside the prepared value; both paths must agree.
        var a = PersonName.Parse("Maximilianpetrus Schwarzenegger-Lindqvist");
        var b = PersonName.Parse("Maximilianpetrus Schwarzeneger-Lindqvist");

        Assert.Equal(NameMatcher.Compare(a, b), NameMatcher.Compare(NameMatcher.Prepare(a), NameMatcher.Prepare(b)));
        Assert.True(NameMatcher.Compare(a, b).IsMatch);
    }

    [Fact]
    public void Compare_ManyComparisons_AllocatesNothing()
    {
        var pairs = NamePairTable.Load();
        var parsed = pairs.Select(p => (p.A.Name, p.B.Name)).ToArray();
        var prepared = pairs.Select(p => (p.A.Prepared, p.B.Prepared)).ToArray();
        var candidates = prepared.Select(p => p.Item2).ToArray();
        var scores = new float[candidates.Length];
        var sum = 0f;

        // Warm up so that JIT compilation and static initialisation are not counted.
        for (var round = 0; round < 3; round++)
        {
            sum += Run();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 50; round++)
        {
            sum += Run();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(sum > 0);

        float Run()
        {
            var total = 0f;
            foreach (var (a, b) in parsed)
            {
                total += NameMatcher.Compare(a, b).Score;
            }

            foreach (var (a, b) in prepared)
            {
                total += NameMatcher.Compare(a, b).Score;
            }

            NameMatcher.ScoreMany(prepared[0].Item1, candidates, scores);
            return total + scores[0];
        }
    }
}
