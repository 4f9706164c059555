using BenchmarkDotNet.Attributes;
using FuzzySharp;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Names;
using F23JaroWinkler = F23.StringSimilarity.JaroWinkler;
using SimMetricsJaroWinkler = SimMetrics.Net.Metric.JaroWinkler;

namespace Scholarly.Parsing.Benchmarks.Names;

/// <summary>
/// One pair comparison, averaged over the same 10,000 generated pairs for every contender. The baselines
/// get the names as written (what a user would hand them); NameMatcher gets parsed names, with and without
/// preparing them first.
/// </summary>
[MemoryDiagnoser]
public class NameMatchingBenchmarks
{
    private const int PairCount = 10_000;

    private readonly F23JaroWinkler _f23 = new();
    private readonly SimMetricsJaroWinkler _simMetrics = new();
    private (string A, string B)[] _written = [];
    private (PersonName A, PersonName B)[] _parsed = [];
    private PreparedName[] _preparedA = [];
    private PreparedName[] _preparedB = [];

    [GlobalSetup]
    public void Setup()
    {
        _written = NamePairCorpus.Generate(PairCount);
        _parsed = [.. _written.Select(p => (PersonName.Parse(p.A), PersonName.Parse(p.B)))];
        _preparedA = [.. _parsed.Select(p => NameMatcher.Prepare(p.A))];
        _preparedB = [.. _parsed.Select(p => NameMatcher.Prepare(p.B))];
    }

    [Benchmark(OperationsPerInvoke = PairCount, Description = "NameMatcher prepared")]
    public float NameMatcherPrepared()
    {
        var sum = 0f;
        var a = _preparedA;
        var b = _preparedB;
        for (var i = 0; i < a.Length; i++)
        {
            sum += NameMatcher.Compare(in a[i], in b[i]).Score;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = PairCount, Description = "NameMatcher PersonName")]
    public float NameMatcherUnprepared()
    {
        var sum = 0f;
        foreach (var (a, b) in _parsed)
        {
            sum += NameMatcher.Compare(a, b).Score;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = PairCount, Description = "FuzzySharp Fuzz.Ratio")]
    public int FuzzRatio()
    {
        var sum = 0;
        foreach (var (a, b) in _written)
        {
            sum += Fuzz.Ratio(a, b);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = PairCount, Description = "FuzzySharp Fuzz.TokenSortRatio")]
    public int FuzzTokenSortRatio()
    {
        var sum = 0;
        foreach (var (a, b) in _written)
        {
            sum += Fuzz.TokenSortRatio(a, b);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = PairCount, Baseline = true, Description = "F23 JaroWinkler")]
    public double F23JaroWinkler()
    {
        var sum = 0.0;
        foreach (var (a, b) in _written)
        {
            sum += _f23.Similarity(a, b);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = PairCount, Description = "SimMetrics.Net JaroWinkler")]
    public double SimMetricsJaroWinkler()
    {
        var sum = 0.0;
        foreach (var (a, b) in _written)
        {
            sum += _simMetrics.GetSimilarity(a, b);
        }

        return sum;
    }
}
