using BenchmarkDotNet.Attributes;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Names;

namespace Scholarly.Parsing.Benchmarks.Names;

/// <summary>
/// One name against many with <see cref="NameMatcher.ScoreMany"/>: one operation is one comparison.
/// Candidates are 10,000 generated names of at most 32 characters; both match kernels are measured.
/// </summary>
[MemoryDiagnoser]
public class NameBatchBenchmarks
{
    private const int CandidateCount = 10_000;
    private const int QueryCount = 8;

    private PreparedName[] _candidates = [];
    private PreparedName[] _queries = [];
    private float[] _scores = [];

    /// <summary>Whether the SIMD kernel is used (otherwise the scalar fallback).</summary>
    [Params(true, false)]
    public bool Vectorized { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _candidates = [.. Enumerable.Range(0, CandidateCount).Select(_ => NameMatcher.Prepare(PersonName.Parse(NamePairCorpus.NextName(random))))];

        // Queries include names that are in the candidates, as a real lookup would.
        _queries = [.. Enumerable.Range(0, QueryCount).Select(i => i % 2 == 0 ? _candidates[i * 97] : NameMatcher.Prepare(PersonName.Parse(NamePairCorpus.NextName(random))))];
        _scores = new float[CandidateCount];
    }

    [Benchmark(OperationsPerInvoke = CandidateCount * QueryCount, Description = "NameMatcher.ScoreMany")]
    public float ScoreMany()
    {
        var sum = 0f;
        foreach (var query in _queries)
        {
            if (Vectorized)
            {
                NameMatcher.ScoreMany<VectorKernel>(query, _candidates, _scores);
            }
            else
            {
                NameMatcher.ScoreMany<ScalarKernel>(query, _candidates, _scores);
            }

            sum += _scores[0];
        }

        return sum;
    }
}
