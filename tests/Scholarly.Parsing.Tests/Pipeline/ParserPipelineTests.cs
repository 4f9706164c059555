using Scholarly.Parsing.Formats.AclAnthology;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Pipeline;

public sealed class ParserPipelineTests
{
    private static readonly string Seed000 = Fixture.Read("Seeds/000_5beb213020b92186.txt");

    [Fact]
    public void Parse_AclPage_IsDetectedAndRecordsWhy()
    {
        var document = PaperParser.Parse(Seed000);

        Assert.Equal(AclAnthologyAuthorFormat.FormatId, document.FormatId);
        Assert.NotNull(document.Detection);
        Assert.True(document.Detection!.Confidence >= 0.8);
        Assert.Contains("pdf bib", document.Detection.Reason, StringComparison.Ordinal);
        Assert.Equal(AclAnthologyAuthorFormat.FormatId, document.Source!.FormatId);
    }

    [Fact]
    public void Parse_ForcedFormat_SkipsDetection()
    {
        var document = PaperParser.Parse(Seed000, AclAnthologyAuthorFormat.FormatId);

        Assert.Null(document.Detection);
        Assert.Equal(3, document.Papers.Count);
    }

    [Fact]
    public void Parse_UnknownFormatId_ThrowsArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() => PaperParser.Parse(Seed000, "no-such-format"));
        Assert.Contains("no-such-format", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => PaperParser.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => PaperParser.Parse((Stream)null!));
    }

    [Fact]
    public void Parse_Stream_ReadsTheSameAsText()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Seed000));

        Assert.Equal(PaperParser.Parse(Seed000, Fixture.FixedOptions), PaperParser.Parse(stream, Fixture.FixedOptions));
    }

    [Fact]
    public void Parse_SourceUri_IsRecordedOnEveryRecord()
    {
        var uri = new Uri("https://aclanthology.org/people/mihyeon-kim/");
        var document = PaperParser.Parse(Seed000, new ParseOptions { SourceUri = uri });

        Assert.Equal(uri, document.Source!.Uri);
        Assert.Equal(uri, document.Subject!.Source!.Uri);
        Assert.All(document.Papers, p => Assert.Equal(uri, p.Source!.Uri));
    }

    [Fact]
    public void Builder_CustomFormat_IsUsedLikeABuiltInOne()
    {
        var pipeline = new ParserPipelineBuilder().AddBuiltInFormats().Add(new LabPageFormat()).Build();

        var document = pipeline.Parse("LAB PAGE\nA Paper Title\nAnother Title");

        Assert.Equal("test/lab-page", document.FormatId);
        Assert.Equal(["A Paper Title", "Another Title"], document.Papers.Select(p => p.Title));
        Assert.Equal(AclAnthologyAuthorFormat.FormatId, pipeline.Parse(Seed000).FormatId);
    }

    [Fact]
    public void Builder_DuplicateId_Throws()
    {
        var builder = new ParserPipelineBuilder().AddBuiltInFormats();

        Assert.Throws<ArgumentException>(() => builder.Add(new AclAnthologyAuthorFormat()));
    }

    [Fact]
    public void Builder_Remove_DropsTheFormatFromLaterPipelines()
    {
        var builder = new ParserPipelineBuilder().AddBuiltInFormats();
        var before = builder.Build();
        var after = builder.Remove(AclAnthologyAuthorFormat.FormatId).Build();

        Assert.NotNull(before.FindFormat(AclAnthologyAuthorFormat.FormatId));
        Assert.Null(after.FindFormat(AclAnthologyAuthorFormat.FormatId));
        Assert.Equal(DiagnosticCodes.NoFormatRecognised, after.Parse(Seed000).Diagnostics.Single().Code);
    }

    [Fact]
    public void Parse_FormatThatThrows_GivesADiagnosticNotAnException()
    {
        var pipeline = new ParserPipelineBuilder().Add(new ThrowingFormat()).Build();

        var document = pipeline.Parse("anything");

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.FormatFailed, diagnostic.Code);
        Assert.Contains("boom", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StrictModeWithErrors_ThrowsWithTheDiagnostics()
    {
        var ex = Assert.Throws<ScholarlyParseException>(() => PaperParser.Parse("", new ParseOptions { Strict = true }));

        Assert.Equal(DiagnosticCodes.EmptyInput, ex.Diagnostics.Single().Code);
        Assert.Contains(DiagnosticCodes.EmptyInput, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StrictModeWithoutErrors_ReturnsTheDocument()
    {
        var document = PaperParser.Parse(Seed000, new ParseOptions { Strict = true });

        Assert.Equal(3, document.Papers.Count);
    }

    [Fact]
    public void Detect_RanksFormatsBestFirst()
    {
        var candidates = PaperParser.Detect(Seed000);

        Assert.Equal(AclAnthologyAuthorFormat.FormatId, candidates[0].FormatId);
        Assert.Equal(PaperParser.DefaultPipeline.Formats.Length, candidates.Length);
    }

    [Fact]
    public void Parse_FromManyThreads_GivesEqualResults()
    {
        var expected = PaperParser.Parse(Seed000, Fixture.FixedOptions);

        var results = new ParsedDocument[64];
        Parallel.For(0, results.Length, i => results[i] = PaperParser.Parse(Seed000, Fixture.FixedOptions));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private sealed class LabPageFormat : IFormatParser
    {
        public string Id => "test/lab-page";

        public string DisplayName => "Test lab page";

        public FormatMatch Detect(SourceText text) =>
            text.DetectionWindow.StartsWith("LAB PAGE", StringComparison.Ordinal) ? new FormatMatch(0.9, "LAB PAGE header") : FormatMatch.None("no header");

        public ParsedDocument Parse(SourceText text, ParseContext context)
        {
            var papers = new List<Paper>();
            for (var line = 2; line <= text.LineCount; line++)
            {
                papers.Add(new Paper { Title = text.GetLine(line).ToString(), Source = context.SourceAt(line, line) });
            }

            return new ParsedDocument { Papers = [.. papers] };
        }
    }

    private sealed class ThrowingFormat : IFormatParser
    {
        public string Id => "test/throws";

        public string DisplayName => "Throws";

        public FormatMatch Detect(SourceText text) => new(1, "always");

        public ParsedDocument Parse(SourceText text, ParseContext context) => throw new InvalidOperationException("boom");
    }
}
