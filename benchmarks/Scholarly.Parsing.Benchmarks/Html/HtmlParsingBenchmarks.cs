using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Scholarly.Parsing.Benchmarks.Parsing;
using Scholarly.Parsing.Benchmarks.Support;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Benchmarks.Html;

/// <summary>
/// The whole HTML path, <see cref="PaperParser.Parse(string, ParseOptions?)"/> on a saved page (sniff,
/// AngleSharp parse, rendering to text, normalisation, detection by every format, the format's parse
/// and its reading of the markup), against AngleSharp's own <see cref="HtmlParser.ParseDocument(string)"/>
/// of the same HTML in the same run. <c>SourceText.FromHtml</c> shows how much of the difference is the
/// rendering. Target: the whole path at most 1.5× AngleSharp's parse alone.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class HtmlParsingBenchmarks
{
    // AngleSharp's defaults, as a user parsing the page themselves would have them.
    private static readonly HtmlParser s_angleSharp = new();

    [ParamsSource(nameof(Inputs))]
    public ParseInput Input { get; set; } = new("empty", "");

    public static IEnumerable<ParseInput> Inputs() => HtmlPages.All();

    [Benchmark(Baseline = true, Description = "AngleSharp HtmlParser.ParseDocument")]
    public object AngleSharpParse() => s_angleSharp.ParseDocument(Input.Text);

    [Benchmark(Description = "SourceText.FromHtml (parse + render)")]
    public object FromHtml() => SourceText.FromHtml(Input.Text);

    [Benchmark(Description = "PaperParser.Parse (whole HTML path)")]
    public object Parse() => PaperParser.Parse(Input.Text);
}
