using BenchmarkDotNet.Attributes;
using Scholarly.Parsing.Benchmarks.Support;

namespace Scholarly.Parsing.Benchmarks.Parsing;

/// <summary>
/// <see cref="PaperParser.Parse(string, Scholarly.Parsing.Pipeline.ParseOptions?)"/> on each seed page and on
/// generated 1 MB and 10 MB researcher profiles, against a raw line scan of the same text. The parse uses the
/// default pipeline, so a format registered later (such as <c>researcher-profile</c>) is measured without
/// changing this class.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParsingBenchmarks
{
    /// <summary>The input; its size drives the MB/s and bytes-per-input-byte columns.</summary>
    [ParamsSource(nameof(Inputs))]
    public ParseInput Input { get; set; } = new("empty", "");

    public static IEnumerable<ParseInput> Inputs()
    {
        foreach (var (name, text) in SeedTexts.All())
        {
            yield return new ParseInput("seed " + name[..3], text);
        }

        yield return new ParseInput("profile 1 MB", ProfileTextGenerator.Generate(1 << 20));
        yield return new ParseInput("profile 10 MB", ProfileTextGenerator.Generate(10 << 20));
    }

    [Benchmark(Baseline = true, Description = "line scan (IndexOf '\\n')")]
    public int LineScan()
    {
        var span = Input.Text.AsSpan();
        var lines = 1;
        int i;
        while ((i = span.IndexOf('\n')) >= 0)
        {
            lines++;
            span = span[(i + 1)..];
        }

        return lines;
    }

    [Benchmark(Description = "PaperParser.Parse")]
    public object Parse() => PaperParser.Parse(Input.Text);
}
