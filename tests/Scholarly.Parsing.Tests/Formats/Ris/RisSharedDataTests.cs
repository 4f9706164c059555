using Scholarly.Parsing.Formats.Ris;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Formats.Ris;

/// <summary>
/// rispy's test inputs (<c>shared/data/ris/rispy</c>), read where they lie and never copied. Skipped
/// with a message when the folder is absent. The expectations are those of rispy's own tests.
/// </summary>
public sealed class RisSharedDataTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, int> s_expectedRecords = new(StringComparer.Ordinal)
    {
        ["example_basic.ris"] = 1,
        ["example_bom.ris"] = 1,
        ["example_custom_list_tags.ris"] = 1,
        ["example_empty_tag.ris"] = 1,
        ["example_extraneous_data.ris"] = 2,
        ["example_full.ris"] = 2,
        ["example_full_without_whitespace.ris"] = 2,
        ["example_full_write.ris"] = 2,
        ["example_multi_unknown_tags.ris"] = 1,
        ["example_multiline.ris"] = 3,
        ["example_single_unknown_tag.ris"] = 1,
        ["example_starting_newlines.ris"] = 1,
        ["example_urls.ris"] = 4,
        ["example_utf_chars.ris"] = 1,
        ["example_wos.ris"] = 2,
    };

    private static string? Folder =>
        Fixture.SharedData is { } data && Directory.Exists(Path.Combine(data, "ris", "rispy")) ? Path.Combine(data, "ris", "rispy") : null;

    private static ParsedDocument Parse(string folder, string name) =>
        PaperParser.Parse(File.ReadAllText(Path.Combine(folder, name)), Fixture.FixedOptions);

    [Fact]
    public void Parse_EveryFile_ReadsWithoutFailureAndIsDetected()
    {
        if (Folder is not { } folder)
        {
            output.WriteLine("Skipped: shared/data/ris/rispy is not present beside the repository.");
            return;
        }

        foreach (var path in Directory.GetFiles(folder, "*.ris").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var document = Parse(folder, name);
            output.WriteLine($"{name}: {document.FormatId} ({document.Detection?.Confidence:0.00}), {document.Papers.Count} record(s), {document.Diagnostics.Count} diagnostic(s)");
            foreach (var diagnostic in document.Diagnostics)
            {
                output.WriteLine("    " + diagnostic);
            }

            Assert.Equal(RisFormat.FormatId, document.FormatId);
            Assert.True(document.Detection?.Confidence >= 0.8, name);
            Assert.DoesNotContain(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            if (s_expectedRecords.TryGetValue(name, out var expected))
            {
                Assert.True(expected == document.Papers.Count, $"{name}: expected {expected} records, read {document.Papers.Count}");
            }
        }
    }

    [Fact]
    public void Parse_Files_AgreeWithRispysExpectations()
    {
        if (Folder is not { } folder)
        {
            output.WriteLine("Skipped: shared/data/ris/rispy is not present beside the repository.");
            return;
        }

        var basic = Parse(folder, "example_basic.ris").Papers[0];
        Assert.Equal("A Mathematical Theory of Communication", basic.Title);
        Assert.Equal(("Claude E.", "Shannon"), (basic.Authors[0].Given, basic.Authors[0].Family));
        Assert.Equal(new PublicationDate { Year = 1948, Month = 7 }, basic.Date);
        Assert.Equal("Bell System Technical Journal", basic.Venue?.Name);
        Assert.Equal("27", basic.Venue?.Volume);
        Assert.Equal("379–423", basic.Pages);
        Assert.Equal(basic with { Source = null }, Parse(folder, "example_starting_newlines.ris").Papers[0] with { Source = null });

        Assert.Equal("10.1186/s40981-020-0316-0", Parse(folder, "example_bom.ris").Papers[0].Identifiers[0].Value);

        // Repeated tags that are not lists in RIS are all kept, in order.
        var custom = Parse(folder, "example_custom_list_tags.ris").Papers[0];
        Assert.Equal(["SN", "SN", "SN"], custom.ExtraFields.Select(f => f.Name));
        Assert.Equal(["12345", "ABCDEFG", "666666"], custom.ExtraFields.Select(f => f.Value));

        // Unknown tags (rispy's "unknown_tag") are kept under their own names.
        Assert.Equal([new ExtraField("JP", "CRISPR"), new ExtraField("DC", "Direct Current")], Parse(folder, "example_multi_unknown_tags.ris").Papers[0].ExtraFields);
        Assert.Equal([new ExtraField("JP", "CRISPR"), new ExtraField("JP", "Direct Current")], Parse(folder, "example_single_unknown_tag.ris").Papers[0].ExtraFields);

        // Multi-line values: the abstract's lines join with spaces (as rispy's), notes keep their line breaks.
        foreach (var paper in Parse(folder, "example_multiline.ris").Papers)
        {
            Assert.Equal("first line, ER then second line and at the end the last line", paper.Abstract?.Text);
            Assert.Equal(new ExtraField("N1", "first line\n* second line\n* last line"), Assert.Single(paper.ExtraFields));
        }

        // "UR" may hold several addresses on one line or on several tags.
        var urls = Parse(folder, "example_urls.ris").Papers;
        Assert.Equal([1, 2, 2, 2], urls.Select(p => p.Links.Count));
        Assert.All(urls.Skip(1), p => Assert.Equal(["http://example.com", "http://www.example.com"], p.Links.Select(l => l.Url)));

        // Text before and between records ("Record #1 of 2", "Provider: …") is not part of any record.
        var extraneous = Parse(folder, "example_extraneous_data.ris");
        var full = Parse(folder, "example_full.ris");
        Assert.Equal(full.Papers.Select(p => p with { Source = null }), extraneous.Papers.Select(p => p with { Source = null }));
        Assert.Equal(["Marx", "Lindgren"], full.Papers[0].Authors.Select(a => a.Family));
        Assert.Equal(["Pippi", "Nordwind", "Piraten"], full.Papers[0].Keywords);
        Assert.Equal(2014, full.Papers[0].Date?.Year);

        var empty = Parse(folder, "example_empty_tag.ris").Papers[0];
        Assert.Null(empty.Pages);
        Assert.Equal("10.1177/2325967120950040", empty.Identifiers[0].Value);

        var utf = Parse(folder, "example_utf_chars.ris").Papers[0];
        Assert.Equal("article", utf.EntryType);
        Assert.StartsWith("Состояние рецепторного аппарата", utf.Title, StringComparison.Ordinal);
        Assert.Contains(new ExtraField("N1", "Ä,Ö,Ü,ä,ö,ü,ß"), utf.ExtraFields);

        // rispy reads this Web of Science export with its WoK parser; so does this format.
        var wos = Parse(folder, "example_wos.ris").Papers;
        Assert.StartsWith("Interactions stabilizing the structure of the core light-harvesting complex (LHl)", wos[0].Title, StringComparison.Ordinal);
        Assert.Equal(4, wos[0].Authors.Count);
        Assert.Equal(9, wos[1].Authors.Count);
        Assert.Equal("10.1021/bi049798f", wos[0].Identifiers[0].Value);
        Assert.Equal(PublicationDate.FromDate(2004, 6, 8), wos[0].Date);
    }
}
