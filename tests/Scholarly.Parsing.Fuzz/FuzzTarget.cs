using System.Runtime.InteropServices;
using System.Text;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Serialization;

namespace Scholarly.Parsing.Fuzz;

/// <summary>
/// One fuzzing input through every way a user reaches the parser: the bytes as a stream, the text with
/// detection, and the text forced into every built-in format; each result is serialised to JSON.
/// Anything thrown escapes, which is what AFL++ records as a crash.
/// </summary>
internal static class FuzzTarget
{
    // Small limits keep every execution short, so a real hang stands out from a large input.
    private static readonly ParseOptions s_options = new() { MaxInputLength = 1 << 20, MaxEntries = 1000 };

    private static readonly string[] s_formatIds = [.. PaperParser.DefaultPipeline.Formats.Select(f => f.Id)];

    /// <summary>Runs one input.</summary>
    public static void Run(byte[] input)
    {
        using (var stream = new MemoryStream(input, writable: false))
        {
            Check(PaperParser.Parse(stream, s_options));
        }

        // Decoding UTF-8 never yields a lone surrogate; an input starting with 0xFF is read as raw UTF-16
        // instead, so the fuzzer can reach the invalid strings a caller may pass (two bugs were of that kind).
        var text = input is [0xFF, .. var rest]
            ? new string(MemoryMarshal.Cast<byte, char>(rest.AsSpan(0, rest.Length & ~1)))
            : Encoding.UTF8.GetString(input);
        // The pipeline turns a failing detector into a low-confidence candidate: here it is a crash.
        foreach (var candidate in PaperParser.Detect(text))
        {
            if (candidate.Match.Reason.StartsWith("detection failed", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The detector of '{candidate.FormatId}' failed: {candidate.Match.Reason}");
            }
        }

        Check(PaperParser.Parse(text, s_options));
        foreach (var formatId in s_formatIds)
        {
            Check(PaperParser.Parse(text, formatId, s_options));
        }
    }

    private static void Check(ParsedDocument document)
    {
        // The pipeline turns a format's exception into this diagnostic so users never see it thrown; a fuzzer must.
        if (document.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.FormatFailed) is { } failed)
        {
            throw new InvalidOperationException(failed.Message);
        }

        var json = ScholarlyJson.Serialize(document);
        if (ScholarlyJson.Deserialize<ParsedDocument>(json) != document)
        {
            throw new InvalidOperationException("The document's JSON does not read back as the same document.");
        }
    }
}
