using Scholarly.Parsing.Formats.MultilingualPaper;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.MultilingualPaper;

public sealed class MultilingualPaperFormatTests
{
    private const string Seed = "Seeds/002_dbfa5769a9e7e24b.txt";
    private const string EnglishTitle =
        "See-Saw Modality Balance: See Gradient, and Sew Impaired Vision-Language Balance to Mitigate Dominant Modality Bias";
    private const string GermanTitle =
        "See-Saw-Modalitätsbalance: Sehen Sie den Gradienten und nähen Sie die beeinträchtigte Vision-Sprache-Balance, um die Dominanz der Modalitätsverzerrung zu mildern";

    private static ParsedDocument ParseSeed() => PaperParser.Parse(Fixture.Read(Seed), Fixture.FixedOptions);

    private static ParsedDocument Parse(string text) =>
        PaperParser.Parse(text, MultilingualPaperFormat.FormatId, Fixture.FixedOptions);

    [Fact]
    public void Parse_Seed_IsDetectedAsThisFormat()
    {
        var document = ParseSeed();

        Assert.Equal(MultilingualPaperFormat.FormatId, document.FormatId);
        Assert.Single(document.Papers);
    }

    [Fact]
    public void Parse_Seed_TitleIsEnglishAndGermanTitleIsATranslation()
    {
        var paper = ParseSeed().Papers[0];

        Assert.Equal(EnglishTitle, paper.Title);
        Assert.Equal("en", paper.Language);
        var translation = Assert.Single(paper.Translations);
        Assert.Equal("de", translation.Language);
        Assert.Equal(GermanTitle, translation.Title);
        Assert.Equal("de", translation.Abstract?.Language);
        Assert.StartsWith("Vision-Language (VL)-Modelle haben", translation.Abstract?.Text, StringComparison.Ordinal);
        Assert.EndsWith("bei der Vorhersage reduziert.", translation.Abstract?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Seed_EnglishAbstractIsOneRejoinedParagraph()
    {
        var paperAbstract = ParseSeed().Papers[0].Abstract;

        Assert.NotNull(paperAbstract);
        Assert.Equal("en", paperAbstract.Language);
        Assert.DoesNotContain('\n', paperAbstract.Text);
        Assert.Contains("performance across various tasks.", paperAbstract.Text, StringComparison.Ordinal);
        Assert.Contains("Experiments on UPMC Food-101, Hateful Memes", paperAbstract.Text, StringComparison.Ordinal);
        Assert.Contains("includes inter-modality gradient reweighting", paperAbstract.Text, StringComparison.Ordinal);
        Assert.Contains("leading to \u201Cdominant modality bias.\u201D This bias", paperAbstract.Text, StringComparison.Ordinal);
        Assert.EndsWith("when making predictions.", paperAbstract.Text, StringComparison.Ordinal);
        Assert.False(paperAbstract.IsTruncated);
    }

    [Fact]
    public void Parse_Seed_RawKeepsThePageLinesWithoutTheGluedHeading()
    {
        var raw = ParseSeed().Papers[0].Abstract?.Raw;

        Assert.NotNull(raw);
        Assert.StartsWith("Vision-language (VL) models have demonstrated strong performance across\nvarious tasks.", raw, StringComparison.Ordinal);
        Assert.Contains("Experiments on UPMC\nFood-101,", raw, StringComparison.Ordinal);
        Assert.Contains("\"dominant modality bias.''", raw, StringComparison.Ordinal);
        Assert.EndsWith("when making predictions.", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Seed_GluedSummaryHeadingIsRemovedAndReported()
    {
        var document = ParseSeed();

        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.MalformedValue);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(21, diagnostic.Line);
        Assert.Equal(73, diagnostic.Column);
        Assert.Contains("\"Summary\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Seed_EmptyGeneratedSummaryGivesNoSummary()
    {
        var document = ParseSeed();

        Assert.Null(document.Papers[0].Summary);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.EmptySection);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(22, diagnostic.Line);
        Assert.Contains("AI-Generated Summary", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Seed_ReadsDateAuthorsAndCategory()
    {
        var paper = ParseSeed().Papers[0];

        Assert.Equal(PublicationDate.FromDate(2025, 3, 18), paper.Date);
        Assert.Equal(DatePrecision.Day, paper.Date?.Precision);
        Assert.Equal(["JuneHyoung Kwon", "MiHyeon Kim", "Eunju Lee", "Juhwan Choi", "YoungBin Kim"], paper.Authors.Select(a => a.Written));
        Assert.Equal("Kwon", paper.Authors[0].Family);
        Assert.False(paper.AuthorsTruncated);
        Assert.Equal(["cs.AI"], paper.Categories);
        Assert.Equal(new LineSpan(1, 22), paper.Source?.Lines);
    }

    [Fact]
    public void Parse_Seed_ReportsNoWarnings()
    {
        Assert.DoesNotContain(ParseSeed().Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Parse_TitlesInSwappedOrder_LanguagesComeFromTheWordsNotThePosition()
    {
        var lines = Fixture.Read(Seed).Split('\n');
        (lines[0], lines[1]) = (lines[1], lines[0]);

        var paper = Parse(string.Join('\n', lines)).Papers[0];

        Assert.Equal(EnglishTitle, paper.Title);
        Assert.Equal(GermanTitle, Assert.Single(paper.Translations).Title);
    }

    [Fact]
    public void Parse_EnglishOnlyPage_HasNoTranslation()
    {
        var document = PaperParser.Parse(Fixture.Read("MultilingualPaper/english-only.txt"), Fixture.FixedOptions);
        var paper = Assert.Single(document.Papers);

        Assert.Equal(MultilingualPaperFormat.FormatId, document.FormatId);
        Assert.Equal("Sparse Routing Helps Small Vision-Language Models Ground Rare Objects", paper.Title);
        Assert.Equal("en", paper.Language);
        Assert.Empty(paper.Translations);
        Assert.Equal(PublicationDate.FromDate(2024, 6, 3), paper.Date);
        Assert.Equal(["Dana Whitfield", "Tomás Ruiz-Ortega", "Priya Natarajan"], paper.Authors.Select(a => a.Written));
        Assert.Equal(["cs.CV", "cs.CL"], paper.Categories);
    }

    [Fact]
    public void Parse_EnglishOnlyPage_TitleLanguageIsInferredFromTheAbstract()
    {
        // The title has no English function words, so its language is taken from the only abstract, and said so.
        var document = PaperParser.Parse(Fixture.Read("MultilingualPaper/english-only.txt"), Fixture.FixedOptions);

        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.InferredValue);
        Assert.Equal(1, diagnostic.Line);
    }

    [Fact]
    public void Parse_EnglishOnlyPage_ParagraphsAndHyphenatedLineEndsAreRejoined()
    {
        var text = PaperParser.Parse(Fixture.Read("MultilingualPaper/english-only.txt"), Fixture.FixedOptions).Papers[0].Abstract?.Text;

        Assert.NotNull(text);
        var paragraphs = text.Split('\n');
        Assert.Equal(2, paragraphs.Length);
        Assert.Contains("and a cross-modal consistency loss", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("rare in their pre-training data.", paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("without hurting frequent ones.", paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("Code and the LVIS-Rare split are released with the paper.", paragraphs[1]);
    }

    [Fact]
    public void Parse_EnglishOnlyPage_GeneratedSummaryIsKept()
    {
        var summary = PaperParser.Parse(Fixture.Read("MultilingualPaper/english-only.txt"), Fixture.FixedOptions).Papers[0].Summary;

        Assert.NotNull(summary);
        Assert.True(summary.IsGenerated);
        Assert.StartsWith("The paper adds a sparse routing layer", summary.TlDr, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FrenchLabelsAddedToTheTable_ReadsTheFrenchTranslation()
    {
        var format = new MultilingualPaperFormat(FrenchTable());
        var pipeline = new ParserPipelineBuilder().Add(format).Build();

        var document = pipeline.Parse(Fixture.Read("MultilingualPaper/french.txt"), Fixture.FixedOptions);
        var paper = Assert.Single(document.Papers);

        Assert.Equal(MultilingualPaperFormat.FormatId, document.FormatId);
        Assert.Equal("Sparse Routing for Grounding Rare Objects in Small Vision-Language Models", paper.Title);
        Assert.Equal("en", paper.Language);
        Assert.Equal(PublicationDate.FromDate(2024, 6, 3), paper.Date);
        Assert.Equal(["Dana Whitfield", "Tomás Ruiz-Ortega", "Priya Natarajan"], paper.Authors.Select(a => a.Written));
        Assert.Equal("en", paper.Abstract?.Language);
        Assert.EndsWith("improves accuracy on rare categories by 6.1 points.", paper.Abstract?.Text, StringComparison.Ordinal);
        var french = Assert.Single(paper.Translations);
        Assert.Equal("fr", french.Language);
        Assert.StartsWith("Routage parcimonieux pour l'ancrage", french.Title, StringComparison.Ordinal);
        Assert.Equal("fr", french.Abstract?.Language);
        Assert.StartsWith("Les petits modèles vision-langage", french.Abstract?.Text, StringComparison.Ordinal);
        Assert.Null(paper.Summary);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.EmptySection && d.Line == 13);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Parse_FrenchPageWithoutFrenchTableEntries_HasNoFrenchTranslation()
    {
        var document = Parse(Fixture.Read("MultilingualPaper/french.txt"));

        Assert.DoesNotContain(document.Papers[0].Translations, t => t.Language == "fr");
        Assert.True(new MultilingualPaperFormat().Detect(SourceText.From(Fixture.Read("MultilingualPaper/french.txt"))).Confidence
            < new MultilingualPaperFormat(FrenchTable()).Detect(SourceText.From(Fixture.Read("MultilingualPaper/french.txt"))).Confidence);
    }

    internal static MultilingualPaperTable FrenchTable() => MultilingualPaperTable.Default.With(
        [
            new MultilingualLabel("Auteurs", MultilingualField.Authors, "fr"),
            new MultilingualLabel("Résumé", MultilingualField.Abstract, "fr"),
            new MultilingualLabel("Français", MultilingualField.LanguageSection, "fr"),
            new MultilingualLabel("Anglais", MultilingualField.LanguageSection, "en"),
            new MultilingualLabel("Résumé généré par IA", MultilingualField.GeneratedSummary, "fr"),
        ],
        new LanguageProfile(
            "fr",
            "le la les des et est une un du dans pour que qui sur avec par au aux ces nous sont leur pas plus",
            "éèêàçùâîôûœ",
            "janvier janv|février févr|mars|avril avr|mai|juin|juillet juil|août|septembre sept|octobre oct|novembre nov|décembre déc",
            "et"));
}
