using System.Text;
using Scholarly.Parsing.Formats.AclAnthology;
using Scholarly.Parsing.Formats.AclAnthologyXml;
using Scholarly.Parsing.Formats.Bibtex;
using Scholarly.Parsing.Formats.GoogleScholar;
using Scholarly.Parsing.Formats.ResearcherProfile;
using Scholarly.Parsing.Formats.Ris;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Pipeline;

/// <summary>
/// <see cref="ParseOptions.MaxInputLength"/> and <see cref="ParseOptions.MaxEntries"/> in every format and on
/// every way in (text, HTML, stream): going over a limit gives a diagnostic and what was read up to it.
/// </summary>
public sealed class ParseLimitsTests
{
    /// <summary>Every fixture page (text and HTML).</summary>
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Fixture.Directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Fixture.Directory, file);
            if (!relative.StartsWith("Golden", StringComparison.Ordinal) && !relative.StartsWith("Names", StringComparison.Ordinal)
                && !relative.StartsWith("Fuzz", StringComparison.Ordinal))
            {
                data.Add(relative);
            }
        }

        return data;
    }

    /// <summary>Large pages of every format that lists entries, each with over a hundred of them.</summary>
    public static TheoryData<string> ListFormats() =>
    [
        AclAnthologyAuthorFormat.FormatId, GoogleScholarProfileFormat.FormatId, ResearcherProfileFormat.FormatId,
        BibtexFormat.FormatId, RisFormat.FormatId, AclAnthologyVolumeXmlFormat.FormatId,
    ];

    [Theory]
    [MemberData(nameof(ListFormats))]
    public void Parse_MoreEntriesThanTheLimit_KeepsTheFirstOnesAndSaysSo(string formatId)
    {
        var page = LargePage(formatId);
        var full = PaperParser.Parse(page, formatId, Fixture.FixedOptions);
        Assert.True(full.Papers.Count > 100, $"the generated {formatId} page gave only {full.Papers.Count} papers");

        var limited = PaperParser.Parse(page, formatId, Fixture.FixedOptions with { MaxEntries = 7 });

        Assert.Equal(7, limited.Papers.Count);
        Assert.Equal(full.Papers.Take(7).Select(p => p.Title), limited.Papers.Select(p => p.Title));
        var diagnostic = Assert.Single(limited.Diagnostics, d => d.Code == DiagnosticCodes.TooManyEntries);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.DoesNotContain(full.Diagnostics, d => d.Code == DiagnosticCodes.TooManyEntries);
    }

    [Theory]
    [MemberData(nameof(ListFormats))]
    public void Parse_InputLongerThanTheLimit_KeepsTheEntriesBeforeTheCut(string formatId)
    {
        var page = LargePage(formatId);
        var full = PaperParser.Parse(page, formatId, Fixture.FixedOptions);

        var cut = PaperParser.Parse(page, formatId, Fixture.FixedOptions with { MaxInputLength = page.Length / 2 });

        var diagnostic = Assert.Single(cut.Diagnostics, d => d.Code == DiagnosticCodes.InputTooLarge);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.InRange(cut.Papers.Count, full.Papers.Count / 3, full.Papers.Count * 2 / 3);
        // What was read is the beginning of the page: the first entries, the last one possibly cut short.
        Assert.Equal(full.Papers.Take(cut.Papers.Count - 1).Select(p => p.Title), cut.Papers.SkipLast(1).Select(p => p.Title));
    }

    [Theory]
    [MemberData(nameof(ListFormats))]
    public void ParseStream_InputLongerThanTheLimit_KeepsTheEntriesBeforeTheCut(string formatId)
    {
        var page = LargePage(formatId);
        var full = PaperParser.Parse(page, formatId, Fixture.FixedOptions);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(page));

        var cut = PaperParser.Parse(stream, Fixture.FixedOptions with { MaxInputLength = page.Length / 2 });

        Assert.Equal(formatId, cut.FormatId);
        Assert.Single(cut.Diagnostics, d => d.Code == DiagnosticCodes.InputTooLarge);
        Assert.InRange(cut.Papers.Count, full.Papers.Count / 3, full.Papers.Count * 2 / 3);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Parse_FixtureCutInHalf_ReportsInputTooLargeAndReadsOnlyWhatTheWholePageHas(string page)
    {
        var text = Fixture.Read(page);
        // The most likely format, also for a page too far from its format to be chosen on its own (a French sample).
        var formatId = PaperParser.Detect(text)[0].FormatId;
        var full = PaperParser.Parse(text, formatId, Fixture.FixedOptions);

        var cut = PaperParser.Parse(text, formatId, Fixture.FixedOptions with { MaxInputLength = text.Length / 2 });

        Assert.Single(cut.Diagnostics, d => d.Code == DiagnosticCodes.InputTooLarge);
        Assert.DoesNotContain(cut.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
        Assert.InRange(cut.Papers.Count, 0, full.Papers.Count);
        Assert.True(cut.Source!.Lines!.Value.EndLine <= full.Source!.Lines!.Value.EndLine, "the cut page has more lines than the whole one");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Parse_FixtureWithMaxEntriesOne_ReadsOnlyTheFirstPaper(string page)
    {
        var text = Fixture.Read(page);
        var full = PaperParser.Parse(text, Fixture.FixedOptions);

        var limited = PaperParser.Parse(text, Fixture.FixedOptions with { MaxEntries = 1 });

        Assert.Equal(Math.Min(1, full.Papers.Count), limited.Papers.Count);
        Assert.Equal(full.Papers.Count > 0 ? full.Papers[0].Title : null, limited.Papers.Count > 0 ? limited.Papers[0].Title : null);
        if (full.Papers.Count > 1)
        {
            Assert.Contains(limited.Diagnostics, d => d.Code == DiagnosticCodes.TooManyEntries);
        }
    }

    [Fact]
    public void Parse_HtmlLongerThanTheLimit_ReadsTheMarkupBeforeTheCut()
    {
        var html = Fixture.Read("Html/AclAnthology/author-2026.html");
        var full = PaperParser.Parse(html, Fixture.FixedOptions);
        Assert.True(full.Papers.Count >= 2, $"the fixture gave {full.Papers.Count} papers");

        var cut = PaperParser.Parse(html, Fixture.FixedOptions with { MaxInputLength = html.Length * 2 / 3 });

        Assert.Equal(full.FormatId, cut.FormatId);
        Assert.Single(cut.Diagnostics, d => d.Code == DiagnosticCodes.InputTooLarge);
        Assert.Equal(full.Subject?.Name, cut.Subject?.Name);
        Assert.InRange(cut.Papers.Count, 1, full.Papers.Count - 1);
    }

    /// <summary>A page of the format with a few hundred entries, made by repeating a fixture's entries.</summary>
    internal static string LargePage(string formatId)
    {
        switch (formatId)
        {
            case AclAnthologyAuthorFormat.FormatId:
                return BadInputTests.BuildLargeAclPage(200_000, out _);
            case BibtexFormat.FormatId:
                return Repeat(Fixture.Read("Bibtex/acl-im-bert.bib"), 300, (text, i) => text.Replace("{kim-etal-", $"{{n{i}-kim-etal-", StringComparison.Ordinal));
            case RisFormat.FormatId:
                return Repeat(Fixture.Read("Ris/zotero-style.ris"), 300, (text, i) => text.Replace("TI  - ", $"TI  - {i} ", StringComparison.Ordinal));
            case ResearcherProfileFormat.FormatId:
            {
                var seed = Fixture.Read("Seeds/001_87569abedee599f0.txt");
                var entries = seed[seed.IndexOf("\nCV", StringComparison.Ordinal)..];
                return seed + "\n" + entries + "\n" + entries;
            }

            case GoogleScholarProfileFormat.FormatId:
            {
                var profile = Fixture.Read("Html/GoogleScholar/profile-en.txt");
                var start = profile.IndexOf("Cited by\tYear\n", StringComparison.Ordinal) + "Cited by\tYear\n".Length;
                var end = profile.IndexOf("Articles 1", StringComparison.Ordinal);
                return profile[..start] + Repeat(profile[start..end].TrimEnd('\n'), 100, (text, i) => text) + profile[end..];
            }

            case AclAnthologyVolumeXmlFormat.FormatId:
            {
                var xml = Fixture.Read("AclAnthologyXml/2099.demo.xml");
                var first = xml.IndexOf("<paper ", StringComparison.Ordinal);
                var last = xml.LastIndexOf("</paper>", StringComparison.Ordinal) + "</paper>".Length;
                var papers = xml[first..last];
                return xml[..first] + Repeat(papers, 100, (text, i) => text.Replace("<paper id=\"", $"<paper id=\"{i}0", StringComparison.Ordinal)) + xml[last..];
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(formatId));
        }
    }

    private static string Repeat(string text, int times, Func<string, int, string> vary)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < times; i++)
        {
            builder.Append(vary(text, i)).Append('\n');
        }

        return builder.ToString();
    }
}
