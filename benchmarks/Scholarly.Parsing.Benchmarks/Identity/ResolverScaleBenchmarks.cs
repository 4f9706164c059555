using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Scholarly.Parsing.Identity;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Benchmarks.Identity;

/// <summary>
/// <see cref="IdentityResolver.Resolve"/> on 10k, 100k and 1M generated author mentions (see
/// <see cref="MentionGenerator"/>). One operation is one whole resolution; the per-mention figures are the
/// reported time and allocation divided by <see cref="Mentions"/>. Each size runs once per iteration
/// (a resolution of 1M mentions takes tens of seconds), so the numbers are monitoring runs, not micro-benchmarks.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, id: "Scale")]
public class ResolverScaleBenchmarks
{
    private List<ParsedDocument> _documents = [];

    /// <summary>The number of author mentions.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Mentions { get; set; }

    [GlobalSetup]
    public void Setup() => _documents = MentionGenerator.Generate(Mentions);

    [Benchmark(Description = "IdentityResolver.Resolve")]
    public int Resolve() => new IdentityResolver().Resolve(_documents).Authors.Count;
}
