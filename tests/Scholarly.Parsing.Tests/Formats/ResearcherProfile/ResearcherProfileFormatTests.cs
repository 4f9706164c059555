using Microsoft.Extensions.Time.Testing;
using Scholarly.Parsing.Formats.ResearcherProfile;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.ResearcherProfile;

public sealed class ResearcherProfileFormatTests
{
    private const string Seed001 = "Seeds/001_87569abedee599f0.txt";
    private const string Seed003 = "Seeds/003_c96f94fe17ff7e02.txt";
    private const string OwnProfile = "ResearcherProfile/profile_ada_example.txt";

    private static ParsedDocument Parse(string fixture, ParseOptions? options = null) =>
        PaperParser.Parse(Fixture.Read(fixture), options ?? Fixture.FixedOptions);

    private static ParseOptions At(int year, int month, int day) =>
        new() { TimeProvider = new FakeTimeProvider(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero)) };

    private static Paper PaperTitled(ParsedDocument document, string titleStart) =>
        Assert.Single(document.Papers, p => p.Title.StartsWith(titleStart, StringComparison.Ordinal));

    [Theory]
    [InlineData(Seed001)]
    [InlineData(Seed003)]
    public void Parse_Seed_IsDetectedAsResearcherProfile(string fixture)
    {
        var document = Parse(fixture);

        Assert.Equal(ResearcherProfileFormat.FormatId, document.FormatId);
        Assert.NotNull(document.Detection);
    }

    [Fact]
    public void Parse_Seed001_ReadsSubjectNameAreaAndEveryMetric()
    {
        var subject = Parse(Seed001).Subject;

        Assert.NotNull(subject);
        Assert.Equal("Kyungwoo Song", subject.Name.Written);
        Assert.Equal(["cs.LG"], subject.ResearchAreas);
        Assert.Equal(
            [
                (MetricKinds.HIndex, 13d, MetricUnit.Count, "h-index13"),
                (MetricKinds.PaperCount, 46d, MetricUnit.Count, "46papers"),
                (MetricKinds.Citations, 794d, MetricUnit.Count, "794citations"),
                (MetricKinds.Novelty, 53d, MetricUnit.Percent, "Novelty53%"),
                (MetricKinds.AiScore, 59d, MetricUnit.Score, "AI Score59"),
            ],
            subject.Metrics.Select(m => (m.Kind, m.Value, m.Unit, m.Label)));
        Assert.Equal(new LineSpan(1, 10), subject.Source?.Lines);
    }

    [Fact]
    public void Parse_Seed003_HasNoHIndexRatherThanZero()
    {
        var subject = Parse(Seed003).Subject;

        Assert.NotNull(subject);
        Assert.Equal("Hoyong Kim", subject.Name.Written);
        Assert.DoesNotContain(subject.Metrics, m => m.Kind == MetricKinds.HIndex);
        Assert.Equal(
            [
                (MetricKinds.PaperCount, 3d, MetricUnit.Count),
                (MetricKinds.Citations, 4d, MetricUnit.Count),
                (MetricKinds.Novelty, 48d, MetricUnit.Percent),
                (MetricKinds.AiScore, 23d, MetricUnit.Score),
            ],
            subject.Metrics.Select(m => (m.Kind, m.Value, m.Unit)));
    }

    [Theory]
    [InlineData(Seed001, 46)]
    [InlineData(Seed003, 3)]
    public void Parse_Seed_ReadsEveryEntryWithNothingLeftOver(string fixture, int expected)
    {
        var document = Parse(fixture);

        Assert.Equal(expected, document.Papers.Count);
        Assert.All(document.Papers, p =>
        {
            Assert.NotEmpty(p.Title);
            Assert.NotEmpty(p.Authors);
            Assert.NotNull(p.Date);
            Assert.NotNull(p.Abstract);
            Assert.Null(p.Abstract.Language);
            Assert.Single(p.Categories);
        });
        // Only the inferred years are worth a note; nothing is skipped or guessed otherwise.
        Assert.All(document.Diagnostics, d => Assert.Equal(DiagnosticCodes.InferredValue, d.Code));
    }

    [Fact]
    public void Parse_Seed001_EtAlSetsAuthorsTruncated()
    {
        var document = Parse(Seed001);

        var blackVip = PaperTitled(document, "BlackVIP");
        Assert.True(blackVip.AuthorsTruncated);
        Assert.Equal(["Changdae Oh", "Hyeji Hwang", "Hee-young Lee"], blackVip.Authors.Select(a => a.Written));

        var causal = PaperTitled(document, "Causally Disentangled");
        Assert.False(causal.AuthorsTruncated);
        Assert.Equal(["Seunghwan An", "Kyungwoo Song", "Jong-June Jeon"], causal.Authors.Select(a => a.Written));
    }

    [Fact]
    public void Parse_Seed003_EtAlOnlyOnTheTruncatedEntry()
    {
        var document = Parse(Seed003);

        Assert.Equal([false, false, true], document.Papers.Select(p => p.AuthorsTruncated));
    }

    [Fact]
    public void Parse_Seed001_AffiliationSuffixBecomesAffiliations()
    {
        var document = Parse(Seed001);

        var calibrated = PaperTitled(document, "Towards Calibrated Robust Fine-Tuning");
        Assert.Equal(["cmu", "uw"], calibrated.Affiliations.Select(a => a.Name));
        Assert.Equal(["Changdae Oh", "Hyesu Lim", "Mijoo Kim"], calibrated.Authors.Select(a => a.Written));
        Assert.True(calibrated.AuthorsTruncated);
        Assert.Equal(2, document.Papers.Count(p => !p.Affiliations.IsEmpty));
    }

    [Fact]
    public void Parse_Seed001_KeepsNameSpellingsAsWritten()
    {
        var authors = Parse(Seed001).Papers.SelectMany(p => p.Authors).Select(a => a.Written).ToHashSet();

        Assert.Contains("Seung jae Shin", authors);
        Assert.Contains("Seungjae Shin", authors);
        Assert.Contains("JoonHo Jang", authors);
        Assert.Contains("Keon-Hee Park", authors);
        Assert.Contains("Su-Jin Shin", authors);
        Assert.Contains("Gyeong-Moon Park", authors);
    }

    [Fact]
    public void Parse_Seed001_DatesWithYearAreReadNotInferred()
    {
        var paper = PaperTitled(Parse(Seed001), "BlackVIP");

        Assert.Equal(PublicationDate.FromDate(2023, 3, 26), paper.Date);
        Assert.Equal(DatePrecision.Day, paper.Date!.Precision);
    }

    [Fact]
    public void Parse_YearlessDateBeforeReferenceDate_TakesTheReferenceYear()
    {
        var document = Parse(Seed001, At(2026, 11, 22));

        var p3t = PaperTitled(document, "P3T");
        Assert.Equal(PublicationDate.FromDate(2026, 4, 17) with { IsInferred = true }, p3t.Date);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.InferredValue && d.Line == 68);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(3, diagnostic.Column);
        Assert.Contains("Apr 17", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_YearlessDateAfterReferenceDate_TakesThePreviousYear()
    {
        var document = Parse(Seed001, At(2026, 3, 1));

        Assert.Equal(PublicationDate.FromDate(2025, 4, 17) with { IsInferred = true }, PaperTitled(document, "P3T").Date);
        Assert.Equal(PublicationDate.FromDate(2025, 5, 21) with { IsInferred = true }, PaperTitled(document, "Geometry-Adaptive Explainer").Date);
        // 1 February is before 1 March: it stays in the reference year.
        Assert.Equal(PublicationDate.FromDate(2026, 2, 1) with { IsInferred = true }, PaperTitled(document, "Multi-LLM Adaptive").Date);
        Assert.Equal([68, 117, 152], document.Diagnostics.Where(d => d.Code == DiagnosticCodes.InferredValue).Select(d => d.Line));
    }

    [Fact]
    public void Parse_YearlessDateOnTheReferenceDay_IsNotInTheFuture()
    {
        var document = Parse(Seed001, At(2026, 4, 17));

        Assert.Equal(2026, PaperTitled(document, "P3T").Date?.Year);
    }

    [Fact]
    public void Parse_YearlessLeapDay_TakesTheLatestLeapYear()
    {
        var document = Parse(OwnProfile);

        Assert.Equal(PublicationDate.FromDate(2024, 2, 29) with { IsInferred = true }, PaperTitled(document, "Notes on Reproducible").Date);
    }

    [Fact]
    public void Parse_Seed001_CodeFlagCarriesTheCodeUrlOfTheAbstract()
    {
        var document = Parse(Seed001);

        Assert.Equal([new Link { Kind = LinkKind.Code, Url = "https://github.com/changdaeoh/BlackVIP" }], PaperTitled(document, "BlackVIP").Links);
        // Trailing sentence punctuation is not part of the address.
        Assert.Equal([new Link { Kind = LinkKind.Code, Url = "https://github.com/BaeHeeSun/NPC" }], PaperTitled(document, "From Noisy Prediction").Links);
        // \href target and text are the same address: one link.
        Assert.Equal([new Link { Kind = LinkKind.Code, Url = "https://github.com/MLAI-Yonsei/SCER" }], PaperTitled(document, "Spurious Correlation-Aware").Links);
        Assert.Equal([new Link { Kind = LinkKind.Code, Url = "https://github.com/gyjung975/P3T" }], PaperTitled(document, "P3T").Links);
        Assert.Equal([new Link { Kind = LinkKind.Code, Url = "https://anonymous.4open.science/r/BHyT" }], PaperTitled(document, "Bounded Hyperbolic Tangent").Links);
        Assert.Equal(10, document.Papers.Count(p => p.Links.Any(l => l.Kind == LinkKind.Code)));
        Assert.All(document.Papers, p => Assert.True(p.Links.Count(l => l.Kind == LinkKind.Code) <= 1));
    }

    [Fact]
    public void Parse_Seed001_EntryWithoutCodeFlagOrUrlHasNoLinks()
    {
        Assert.Empty(PaperTitled(Parse(Seed001), "Towards Calibrated Robust Fine-Tuning").Links);
    }

    [Fact]
    public void Parse_CodeFlagWithoutCodeUrl_GivesCodeLinkWithoutUrl()
    {
        var paper = PaperTitled(Parse(OwnProfile), "Safe Reinforcement Learning");

        Assert.Equal(
            [new Link { Kind = LinkKind.Code }, new Link { Kind = LinkKind.Page, Url = "https://www.example.org/safe-rl" }],
            paper.Links);
    }

    [Fact]
    public void Parse_AbstractLinks_AreClassifiedByHost()
    {
        var paper = PaperTitled(Parse(OwnProfile), "Tactile Grasp Planning");

        Assert.Equal(
            [
                new Link { Kind = LinkKind.Data, Url = "https://huggingface.co/datasets/ada-lab/tactile-grasps" },
                new Link { Kind = LinkKind.Code, Url = "https://github.com/ada-lab/tgp" },
            ],
            paper.Links);
    }

    [Fact]
    public void Parse_Seed001_CleansLatexAndKeepsRawAbstract()
    {
        var document = Parse(Seed001);

        var uadal = PaperTitled(document, "Unknown-Aware Domain Adversarial").Abstract!;
        Assert.Contains("distribution matching with unknown classes leads to negative transfer", uadal.Text, StringComparison.Ordinal);
        Assert.Contains("the target-unknown feature space", uadal.Text, StringComparison.Ordinal);
        Assert.Contains(@"$\textit{unknown}$", uadal.Raw, StringComparison.Ordinal);

        var attention = PaperTitled(document, "Implicit Kernel Attention").Abstract!;
        Assert.StartsWith("Attention computes the dependency", attention.Text, StringComparison.Ordinal);
        Assert.Contains("the exponential of L² norm", attention.Text, StringComparison.Ordinal);
        Assert.Contains("as the L^p norm", attention.Text, StringComparison.Ordinal);

        var blackVip = PaperTitled(document, "BlackVIP").Abstract!;
        Assert.EndsWith("Code: https://github.com/changdaeoh/BlackVIP", blackVip.Text, StringComparison.Ordinal);

        var scer = PaperTitled(document, "Spurious Correlation-Aware").Abstract!;
        Assert.EndsWith("Our code is available at https://github.com/MLAI-Yonsei/SCER.", scer.Text, StringComparison.Ordinal);

        var p3t = PaperTitled(document, "P3T").Abstract!;
        Assert.Contains("(P³T)", p3t.Text, StringComparison.Ordinal);
        Assert.Contains("1) Point Prompter, which", p3t.Text, StringComparison.Ordinal);
        Assert.EndsWith("The code is available at https://github.com/gyjung975/P3T.", p3t.Text, StringComparison.Ordinal);

        Assert.All(document.Papers, p =>
        {
            Assert.DoesNotContain('\\', p.Abstract!.Text);
            Assert.DoesNotContain('$', p.Abstract.Text);
            Assert.False(p.Abstract.IsTruncated);
        });
    }

    [Fact]
    public void Parse_AbstractWithoutMarkup_HasNoRawCopy()
    {
        var paper = PaperTitled(Parse(Seed001), "Towards Calibrated Robust Fine-Tuning");

        Assert.Null(paper.Abstract!.Raw);
    }

    [Fact]
    public void Parse_Seed001_MapsAreaCodesToFullCategories()
    {
        var categories = Parse(Seed001).Papers.Select(p => p.Categories.Single()).ToHashSet();

        Assert.Equal(
            new HashSet<string> { "cs.CV", "cs.LG", "cs.CL", "cs.AI", "cs.IR", "cs.SI", "stat.ML", "stat.ME" },
            categories);
    }

    [Fact]
    public void Parse_Seed001_PapersCarryTheirLines()
    {
        var document = Parse(Seed001);

        Assert.Equal(new LineSpan(12, 17), document.Papers[0].Source?.Lines);
        Assert.Equal(ResearcherProfileFormat.FormatId, document.Papers[0].Source?.FormatId);
        Assert.Equal(new LineSpan(327, 332), document.Papers[^1].Source?.Lines);
    }

    [Fact]
    public void Parse_OwnProfile_ReadsMissingMetricUnknownAreaAndEntriesWithoutAbstract()
    {
        var document = Parse(OwnProfile);

        Assert.Equal("Ada van der Berg", document.Subject?.Name.Written);
        Assert.Equal(["cs.RO"], document.Subject?.ResearchAreas);
        Assert.DoesNotContain(document.Subject!.Metrics, m => m.Kind == MetricKinds.Citations);
        Assert.Equal(5, document.Papers.Count);

        var notes = PaperTitled(document, "Notes on Reproducible");
        Assert.Equal(["QX"], notes.Categories);
        Assert.Null(notes.Abstract);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.UnknownCategory && d.Line == 17 && d.Column == 1);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingAbstract && d.Line == 17);

        var energy = PaperTitled(document, "Energy-Aware Motion Planning");
        Assert.Equal(["EE"], energy.Categories);
        Assert.Null(energy.Abstract);
        Assert.Equal(["Jonas Meier", "Ada van der Berg"], energy.Authors.Select(a => a.Written));

        Assert.Equal(["cs.SY"], PaperTitled(document, "Safe Reinforcement Learning").Categories);
        Assert.Equal(["stat.ML"], PaperTitled(document, "A Note on Calibration").Categories);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Parse_UnknownGluedMetric_KeepsCustomKindAndReportsIt()
    {
        const string page = "Jane Roe\n\nLG\nh-index4\nReads1,234\n12papers\n\n1 Papers\n\nLGMar 3, 2024\nA Title\n\nJane Roe\n\nAn abstract.\n";

        var document = PaperParser.Parse(page, Fixture.FixedOptions);

        var reads = Assert.Single(document.Subject!.Metrics, m => m.Label == "Reads1,234");
        Assert.Equal("reads", reads.Kind);
        Assert.Equal(1234, reads.Value);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Line == 5);
        Assert.Equal(DiagnosticCodes.UnknownCategory, diagnostic.Code);
    }

    [Fact]
    public void Parse_AnnouncedCountDiffers_ReportsCountMismatch()
    {
        const string page = "Jane Roe\n\nLG\n\n3 Papers\n\nLGMar 3, 2024\nA Title\n\nJane Roe\n\nAn abstract.\n";

        var document = PaperParser.Parse(page, Fixture.FixedOptions);

        Assert.Single(document.Papers);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.CountMismatch);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(5, diagnostic.Line);
    }
}
