using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Scholarly.Parsing.Benchmarks.Support;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Benchmarks.Parsing;

/// <summary>
/// Parsing time grows linearly with the input: <see cref="PaperParser.Parse(string, string, ParseOptions?)"/> on
/// 1, 10 and 50 MB pages of every format and of adversarial shapes (see <see cref="LargePageGenerator"/>). The
/// <c>ms/MB</c> column is the time per megabyte and <c>per MB vs 1 MB</c> divides it by the same kind's 1 MB
/// figure in the same run: linear time keeps it near 1. Throughput iterations of at least 250 ms: a 1 MB parse
/// (about 10 ms) is repeated within an iteration, so its figure is not one cold call, while a 50 MB parse
/// (seconds) is one call per iteration.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5, id: "Linear")]
[IterationTime(250)]
[Config(typeof(LinearTimeConfig))]
public class LinearTimeBenchmarks
{
    // Limits above the largest input: the benchmark measures reading all of it.
    private static readonly ParseOptions s_options = new() { MaxInputLength = int.MaxValue, MaxEntries = int.MaxValue };

    private string _text = "";
    private string? _formatId;

    /// <summary>The kind of page (a format, or an adversarial shape).</summary>
    [ParamsSource(nameof(KindNames))]
    public string Kind { get; set; } = "";

    /// <summary>The input's size in megabytes (2^20 characters).</summary>
    [Params(1, 10, 50)]
    public int Megabytes { get; set; }

    public static IEnumerable<string> KindNames() => LargePageGenerator.Kinds.Select(k => k.Kind);

    [GlobalSetup]
    public void Setup()
    {
        _text = LargePageGenerator.Generate(Kind, Megabytes << 20);
        _formatId = LargePageGenerator.Kinds.First(k => k.Kind == Kind).FormatId;
    }

    [Benchmark(Description = "PaperParser.Parse")]
    public int Parse() => (_formatId is null ? PaperParser.Parse(_text, s_options) : PaperParser.Parse(_text, _formatId, s_options)).Papers.Count;
}
