using System.Globalization;
using System.Text;
using CsCheck;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Serialization;
using Scholarly.Parsing.Tests.Support;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Pipeline;

/// <summary>
/// Parse never throws on content and every result is JSON: generated and mutated pages (see
/// <see cref="HostileInputs"/>) through <see cref="PaperParser.Parse(string, ParseOptions?)"/> with detection
/// and with a forced format. Seeded; <c>SCHOLARLY_PROPERTY_CASES</c> and <c>SCHOLARLY_PROPERTY_SEED</c> override
/// the case count and the seed (a failure prints the seed that reproduces it and what the case was).
/// </summary>
public sealed class HostileInputPropertyTests(ITestOutputHelper output)
{
    private const string DefaultSeed = "0HostileIn01";
    private const int DefaultCases = 100_000;

    private static readonly string[] s_formatIds = [.. PaperParser.DefaultPipeline.Formats.Select(f => f.Id)];

    // Small limits keep a case short however much a mutation repeats; the limits are part of what is tested.
    private static readonly ParseOptions s_options = new()
    {
        TimeProvider = Fixture.FixedOptions.TimeProvider,
        MaxInputLength = 256 * 1024,
        MaxEntries = 500,
    };

    [Fact]
    public void Parse_MutatedAndGeneratedPages_NeverThrowsAndAlwaysGivesJson()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("SCHOLARLY_PROPERTY_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultCases;
        var seed = Environment.GetEnvironmentVariable("SCHOLARLY_PROPERTY_SEED") is { Length: > 0 } s ? s : DefaultSeed;
        Assert.NotEmpty(HostileInputs.Sources);
        output.WriteLine($"{cases:N0} cases from seed {seed}, {HostileInputs.Sources.Count} source pages" +
            (Fixture.SharedData is null ? " (../shared/data absent: fixtures only)" : " (fixtures and ../shared/data)"));

        var started = DateTime.UtcNow;
        var ran = 0;
        // Each case: one mutated page, read with detection and forced into one format (cycling through all of them).
        Gen.Select(Gen.Int[0, HostileInputs.Sources.Count - 1], Gen.Int, Gen.Int[0, s_formatIds.Length - 1]).Sample(
            (source, mutationSeed, format) =>
            {
                var (_, text) = HostileInputs.Build(source, mutationSeed);
                AssertNoDetectorFails(text);
                AssertParsesToJson(PaperParser.Parse(text, s_options));
                AssertParsesToJson(PaperParser.Parse(text, s_formatIds[format], s_options));
                Interlocked.Increment(ref ran);
            },
            writeLine: output.WriteLine,
            seed: seed,
            iter: cases,
            print: c => Describe(c.Item1, c.Item2, s_formatIds[c.Item3]));

        output.WriteLine($"{ran:N0} cases ({2 * ran:N0} parses) in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        Assert.True(ran >= cases, $"only {ran} of {cases} cases ran");
    }

    [Fact]
    public void Parse_RandomBytesAsAStream_NeverThrows()
    {
        Gen.Byte.Array[0, 4096].Sample(
            bytes =>
            {
                using var stream = new MemoryStream(bytes);
                AssertParsesToJson(PaperParser.Parse(stream, s_options));
            },
            writeLine: output.WriteLine,
            seed: "0HostileBy01",
            iter: 2_000,
            print: bytes => $"{bytes.Length} bytes: {Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 64)))}…");
    }

    public static TheoryData<string> HugeLines() =>
    [
        "letters", "spaces", "open braces", "open parentheses", "open angle brackets", "lone surrogates", "bibtex field", "html text",
    ];

    [Theory]
    [MemberData(nameof(HugeLines))]
    public void Parse_OneMegabyteSingleLine_NeverThrowsInAnyFormat(string kind)
    {
        var text = HugeLine(kind, 1024 * 1024);
        var options = s_options with { MaxInputLength = 2 * 1024 * 1024 };

        AssertNoDetectorFails(text);
        AssertParsesToJson(PaperParser.Parse(text, options));
        foreach (var formatId in s_formatIds)
        {
            AssertParsesToJson(PaperParser.Parse(text, formatId, options));
        }
    }

    internal static string HugeLine(string kind, int length) => kind switch
    {
        "letters" => string.Concat(Enumerable.Repeat("Kim Mihyeon Efficient Attention ", length / 32)),
        "spaces" => "x" + new string(' ', length) + "y",
        "open braces" => "@article{key, title = " + new string('{', length),
        "open parentheses" => "Proceedings of the Conference " + new string('(', length) + "Volume 1",
        "open angle brackets" => "<!doctype html><p>" + new string('<', length),
        "lone surrogates" => new string('\uD800', length / 2) + new string('\uDFFF', length / 2),
        "bibtex field" => "@misc{k, note = \"" + string.Concat(Enumerable.Repeat("a{b}\\\"c ", length / 8)) + "\"}",
        "html text" => "<html><body><div>" + string.Concat(Enumerable.Repeat("<b>x</b>", length / 8)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // The pipeline turns a failing detector into a candidate with no confidence, and a failing format into an
    // SP0006 diagnostic, so users never see them thrown; these tests must see them.
    private static void AssertNoDetectorFails(string text) =>
        Assert.DoesNotContain(PaperParser.Detect(text), c => c.Match.Reason.StartsWith("detection failed", StringComparison.Ordinal));

    private static void AssertParsesToJson(ParsedDocument document)
    {
        Assert.NotNull(document);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
        var json = ScholarlyJson.Serialize(document);
        Assert.Equal(document, ScholarlyJson.Deserialize<ParsedDocument>(json));
    }

    private static string Describe(int source, int mutationSeed, string formatId)
    {
        var (recipe, text) = HostileInputs.Build(source, mutationSeed);
        var start = text.Length <= 300 ? text : text[..300] + "…";
        var escaped = new StringBuilder();
        foreach (var c in start)
        {
            escaped.Append(c is < ' ' or (>= '\u007F' and < '\u00A0') or (>= '\uD800' and <= '\uDFFF') ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return $"HostileInputs.Build({source}, {mutationSeed}) = {recipe}; forced '{formatId}'; {text.Length} chars: \"{escaped}\"";
    }
}
