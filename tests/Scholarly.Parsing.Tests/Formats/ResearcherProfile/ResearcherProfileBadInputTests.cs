using System.Globalization;
using System.Text;
using Scholarly.Parsing.Formats.ResearcherProfile;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.ResearcherProfile;

public sealed class ResearcherProfileBadInputTests
{
    private const string Header = "Jane Roe\n\nLG\nh-index4\n2papers\n\n2 Papers\n\n";

    private static ParsedDocument Parse(string page, ParseOptions? options = null) =>
        PaperParser.Parse(page, ResearcherProfileFormat.FormatId, options ?? Fixture.FixedOptions);

    private static string Entry(string header, string title, string abstractText = "An abstract sentence.") =>
        $"{header}\n{title}\n\nJane Roe, John Doe\n\n{abstractText}\n\n";

    [Fact]
    public void Parse_CountWithNoEntries_ReportsEmptySection()
    {
        var document = Parse("Jane Roe\n\nLG\nh-index4\n\n3 Papers\n\n\n");

        Assert.Empty(document.Papers);
        Assert.Equal("Jane Roe", document.Subject?.Name.Written);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.EmptySection);
        Assert.Equal(6, diagnostic.Line);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.CountMismatch);
    }

    [Fact]
    public void Parse_ZeroPapersAnnounced_IsNotAProblem()
    {
        var document = Parse("Jane Roe\n\nLG\n\n0 Papers\n");

        Assert.Empty(document.Papers);
        // Only the pipeline's note that a page without entries hardly looks like a profile.
        Assert.Equal([DiagnosticCodes.FormatMismatch], document.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Parse_EntryHeaderAtEndOfPage_ReportsTruncatedEntry()
    {
        var document = Parse(Header + Entry("LGMar 3, 2024", "First Title") + "CVApr 4, 2024Code");

        Assert.Equal(["First Title"], document.Papers.Select(p => p.Title));
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.TruncatedEntry);
        Assert.Equal(16, diagnostic.Line);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.CountMismatch);
    }

    [Fact]
    public void Parse_EntryWithTitleOnly_IsKeptAndMissingFieldsReported()
    {
        var document = Parse(Header + Entry("LGMar 3, 2024", "First Title") + "CVApr 4, 2024\nOnly A Title");

        var last = document.Papers[^1];
        Assert.Equal("Only A Title", last.Title);
        Assert.Empty(last.Authors);
        Assert.Null(last.Abstract);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingField && d.Line == 17);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingAbstract && d.Line == 16);
    }

    [Fact]
    public void Parse_DuplicatedEntryHeader_SkipsTheEmptyEntryAndReadsTheNext()
    {
        var page = Header + "LGMar 3, 2024\n" + Entry("LGMar 3, 2024", "First Title") + Entry("CVApr 4, 2024", "Second Title");

        var document = Parse(page);

        Assert.Equal(["First Title", "Second Title"], document.Papers.Select(p => p.Title));
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.MissingField);
        Assert.Equal(9, diagnostic.Line);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.CountMismatch);
    }

    [Fact]
    public void Parse_DuplicatedProfileHeader_IsReportedOnceAndEntriesKept()
    {
        var page = Header + Entry("LGMar 3, 2024", "First Title") + Header + Entry("CVApr 4, 2024", "Second Title");

        var document = Parse(page);

        Assert.Equal(["First Title", "Second Title"], document.Papers.Select(p => p.Title));
        Assert.Equal("An abstract sentence.", document.Papers[0].Abstract?.Text);
        Assert.Equal(2, document.Subject?.Metrics.Count);
        // Line 16 repeats the name (not recognisable on its own), lines 18-22 the area, metrics and count.
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.UnrecognisedLine && d.Line == 16);
        var duplicate = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSection);
        Assert.Equal(18, duplicate.Line);
    }

    [Fact]
    public void Parse_DuplicatedMetricAndCountInHeader_KeepsTheFirst()
    {
        var document = Parse("Jane Roe\nLG\nh-index4\nh-index5\n1 Papers\n2 Papers\n\n" + Entry("LGMar 3, 2024", "Title"));

        Assert.Equal(4, Assert.Single(document.Subject!.Metrics).Value);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSection && d.Line == 4);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSection && d.Line == 6);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.CountMismatch);
    }

    [Fact]
    public void Parse_MalformedDate_KeepsTheEntryWithoutDate()
    {
        var document = Parse(Header + Entry("LGFoo 99, 20x5", "Odd Date Title") + Entry("CVApr 4, 2024", "Second Title"));

        Assert.Equal(["Odd Date Title", "Second Title"], document.Papers.Select(p => p.Title));
        var odd = document.Papers[0];
        Assert.Null(odd.Date);
        Assert.Equal(["cs.LG"], odd.Categories);
        Assert.Equal(["Jane Roe", "John Doe"], odd.Authors.Select(a => a.Written));
        Assert.Equal("An abstract sentence.", odd.Abstract?.Text);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.MalformedDate);
        Assert.Equal((9, 3), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("Foo 99, 20x5", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedDateOnIndentedLine_ReportsTheDateColumn()
    {
        var document = Parse(Header + Entry("    LGFoo 99, 20x5", "Odd Date Title"));

        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.MalformedDate);
        Assert.Equal((9, 7), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Parse_MetricWrittenWithSpace_IsAMetricNotAnEntry()
    {
        var document = Parse("Jane Roe\nLG\nAI Score 59\nNovelty 53%\n1 Papers\n\n" + Entry("LGMar 3, 2024", "Title"));

        Assert.Equal([(MetricKinds.AiScore, 59d), (MetricKinds.Novelty, 53d)], document.Subject!.Metrics.Select(m => (m.Kind, m.Value)));
        Assert.Equal(["Title"], document.Papers.Select(p => p.Title));
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Parse_HardWrappedAbstract_IsRejoinedAndRawKept()
    {
        var document = Parse(Header + Entry("LGMar 3, 2024", "Title", "An abstract wrapped\nover two lines."));

        var paperAbstract = document.Papers[0].Abstract;
        Assert.Equal("An abstract wrapped over two lines.", paperAbstract?.Text);
        Assert.Equal("An abstract wrapped\nover two lines.", paperAbstract?.Raw);
    }

    [Theory]
    [InlineData("LGFeb 30, 2023", 2023, 2)]
    [InlineData("LGFoo 3, 2023", 2023, null)]
    [InlineData("LGMar 2023", 2023, 3)]
    public void Parse_PartlyReadableDate_KeepsWhatCanBeRead(string header, int year, int? month)
    {
        var document = Parse(Header + Entry(header, "Title"));

        var date = document.Papers[0].Date;
        Assert.Equal(year, date?.Year);
        Assert.Equal(month, date?.Month);
        Assert.Null(date?.Day);
    }

    [Fact]
    public void Parse_UnrecognisedLineInHeader_IsReportedWithItsLine()
    {
        var document = Parse("Jane Roe\nSome University\nLG\n\n" + Entry("LGMar 3, 2024", "Title"));

        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.UnrecognisedLine);
        Assert.Equal((2, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Single(document.Papers);
    }

    [Fact]
    public void Parse_AbstractCutOffAtEndOfPage_IsMarkedTruncated()
    {
        var document = Parse(Header + "LGMar 3, 2024\nTitle\n\nJane Roe\n\nAn abstract that stops in the middle of");

        Assert.True(document.Papers[0].Abstract?.IsTruncated);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.TruncatedEntry && d.Line == 14);
    }

    [Fact]
    public void Parse_MultiParagraphAbstract_KeepsParagraphs()
    {
        var document = Parse(Header + Entry("LGMar 3, 2024", "Title", "First paragraph of the abstract.\n\nSecond paragraph, also part of it."));

        Assert.Equal("First paragraph of the abstract.\n\nSecond paragraph, also part of it.", document.Papers[0].Abstract?.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning && d.Code != DiagnosticCodes.CountMismatch);
    }

    [Fact]
    public void Parse_MoreEntriesThanAllowed_StopsWithTooManyEntries()
    {
        var options = Fixture.FixedOptions with { MaxEntries = 1 };

        var document = Parse(Header + Entry("LGMar 3, 2024", "First") + Entry("CVApr 4, 2024", "Second"), options);

        Assert.Equal(["First"], document.Papers.Select(p => p.Title));
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.TooManyEntries);
        Assert.Equal(16, diagnostic.Line);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.CountMismatch);
    }

    [Fact]
    public void Parse_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            PaperParser.DefaultPipeline.Parse(Header + Entry("LGMar 3, 2024", "First"), ResearcherProfileFormat.FormatId, Fixture.FixedOptions, cancellation.Token));
    }

    [Fact]
    public void Parse_LargeGeneratedProfile_ReadsEveryEntry()
    {
        const int entries = 5_000;
        var page = new StringBuilder("Jane Roe\n\nLG\nh-index40\n5000papers\n12,345citations\nNovelty50%\nAI Score70\n\n5000 Papers\n\n");
        var filler = string.Concat(Enumerable.Repeat("We study $L^{2}$ \\textit{robust} learning at https://github.com/x/y and more. ", 12));
        for (var i = 0; i < entries; i++)
        {
            var month = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(i % 12 + 1);
            page.Append(CultureInfo.InvariantCulture, $"{(i % 2 == 0 ? "LG" : "CV")}{month} {i % 28 + 1}, {2000 + i % 25}{(i % 3 == 0 ? "Code" : "")}\n");
            page.Append(CultureInfo.InvariantCulture, $"Title Number {i}\n\nJane Roe, Author {Letters(i)}, Other Person et al. · cmu, uw\n\n{filler}\n\n");
        }

        Assert.True(page.Length > 5_000_000, $"{page.Length}");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var document = Parse(page.ToString());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Equal(entries, document.Papers.Count);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(12_345, document.Subject!.Metrics.Single(m => m.Kind == MetricKinds.Citations).Value);
        Assert.All(document.Papers, p => Assert.Equal([new Link { Kind = LinkKind.Code, Url = "https://github.com/x/y" }], p.Links));
    }

    [Fact]
    public void Parse_ForcedOnAclPage_GivesDiagnosticsNotAnException()
    {
        var document = PaperParser.Parse(Fixture.Read("Seeds/000_5beb213020b92186.txt"), ResearcherProfileFormat.FormatId, Fixture.FixedOptions);

        Assert.Equal(ResearcherProfileFormat.FormatId, document.FormatId);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatMismatch);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.UnrecognisedLine && d.Line > 1);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
        Assert.Empty(document.Papers);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("LG")]
    [InlineData("h-index13")]
    [InlineData("LGMar 3, 2024")]
    [InlineData("LGMar 3, 2024Code\n\n\n")]
    [InlineData("Jane Roe\n46 Papers")]
    [InlineData("{\"a\": [1, 2, {\"b\": null}]}")]
    [InlineData("\\textit{\n$$\n}}}{{{\n\\href{")]
    public void Parse_OddInput_DoesNotThrow(string page)
    {
        var document = Parse(page);

        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Parse_ShuffledSeedLines_ReportsPositionsAndNeverFails(int seed)
    {
        var lines = Fixture.Read("Seeds/001_87569abedee599f0.txt").Split('\n');
        new Random(seed).Shuffle(lines);

        var document = Parse(string.Join('\n', lines));

        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
        var own = document.Diagnostics.Where(d => d.Code is not DiagnosticCodes.FormatMismatch and not DiagnosticCodes.CountMismatch);
        Assert.All(own, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
    }

    // A made-up family name for a number, since names hold no digits: 0 → "Aa", 27 → "Bb".
    private static string Letters(int number) =>
        string.Concat((char)('A' + number / 26 % 26), (char)('a' + number % 26), number >= 676 ? new string('x', number / 676) : "");
}
