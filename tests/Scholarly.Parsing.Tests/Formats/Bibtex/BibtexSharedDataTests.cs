using System.Text.Json.Nodes;
using Scholarly.Parsing.Formats.Bibtex;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Serialization;
using Scholarly.Parsing.Tests.Support;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Formats.Bibtex;

/// <summary>
/// python-bibtexparser's test inputs (<c>shared/data/bibtex/bibtexparser</c>), read where they lie and
/// never copied. Skipped with a message when the folder is absent.
/// </summary>
public sealed class BibtexSharedDataTests(ITestOutputHelper output)
{
    // The number of papers each file holds. Where this differs from bibtexparser, the reason is given.
    private static readonly Dictionary<string, int> s_expectedPapers = new(StringComparer.Ordinal)
    {
        ["article.bib"] = 1,
        ["article_comma_first.bib"] = 2,
        ["article_comma_normal_multiple.bib"] = 3,
        ["article_missing_coma.bib"] = 4,
        ["article_oneline.bib"] = 2,
        ["article_start_with_whitespace.bib"] = 2,
        ["comments_only.bib"] = 0,
        ["comments_percentage.bib"] = 2,
        ["comments_spaces_and_declarations.bib"] = 1,
        ["common_strings.bib"] = 0,
        ["crossref_cascading.bib"] = 4,
        ["crossref_cascading_aliases.bib"] = 3,
        ["crossref_cascading_cycle.bib"] = 2,
        ["crossref_entries.bib"] = 14,
        ["empty.bib"] = 0,
        ["multiline_comments.bib"] = 0,
        ["multiple_entries_and_comments.bib"] = 3,
        ["xref_entries.bib"] = 8,

        // bibtexparser drops "@wrong" as a non-standard type by default; this library keeps every
        // entry, so the unknown type is read as a paper with EntryType "wrong".
        ["wrong.bib"] = 2,
    };

    private static string? Folder =>
        Fixture.SharedData is { } data && Directory.Exists(Path.Combine(data, "bibtex", "bibtexparser"))
            ? Path.Combine(data, "bibtex", "bibtexparser")
            : null;

    private static ParsedDocument Parse(string path) => PaperParser.Parse(File.ReadAllText(path), Fixture.FixedOptions);

    [Fact]
    public void Parse_EveryFile_ReadsWithoutFailureAndIsDetected()
    {
        if (Folder is not { } folder)
        {
            output.WriteLine("Skipped: shared/data/bibtex/bibtexparser is not present beside the repository.");
            return;
        }

        var files = Directory.GetFiles(folder, "*.bib").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var text = File.ReadAllText(path);
            var document = PaperParser.Parse(text, BibtexFormat.FormatId, Fixture.FixedOptions);
            output.WriteLine($"{name}: {document.Papers.Count} paper(s), {document.Diagnostics.Count} diagnostic(s)");
            foreach (var diagnostic in document.Diagnostics)
            {
                output.WriteLine("    " + diagnostic);
            }

            Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.FormatFailed);
            Assert.DoesNotContain(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Code != DiagnosticCodes.EmptyInput);
            if (s_expectedPapers.TryGetValue(name, out var expected))
            {
                Assert.True(expected == document.Papers.Count, $"{name}: expected {expected} papers, read {document.Papers.Count}");
            }

            if (document.Papers.Count > 0)
            {
                var detected = PaperParser.Detect(text)[0];
                Assert.True(detected.FormatId == BibtexFormat.FormatId && detected.Match.Confidence >= 0.8,
                    $"{name}: detected as {detected.FormatId} ({detected.Match.Confidence:0.00}: {detected.Match.Reason})");
            }
        }
    }

    /// <summary>
    /// Each <c>*_output.bib</c> is bibtexparser's re-serialisation of an input file; both must read as
    /// the same papers. bibtexparser sorts fields (and entries) alphabetically, so extra fields and
    /// papers are compared by name and key rather than position, and source lines are ignored.
    /// </summary>
    [Theory]
    [InlineData("article.bib", "article_output.bib")]
    [InlineData("article.bib", "article_trailing_comma_output.bib")]
    [InlineData("article.bib", "article_comma_first_and_trailing_comma_output.bib")]
    [InlineData("article_with_annotation.bib", "article_with_annotation_output.bib")]
    [InlineData("article_with_strings.bib", "article_with_strings_output.bib")]
    [InlineData("book.bib", "book_output.bib")]
    [InlineData("comments_only.bib", "comments_only_output.bib")]
    [InlineData("features.bib", "features_output.bib")]
    [InlineData("multiple_entries.bib", "multiple_entries_output.bib")]
    [InlineData("multiple_entries_and_comments.bib", "multiple_entries_and_comments_output.bib")]
    public void Parse_InputAndBibtexparserOutput_ReadAsTheSamePapers(string input, string expectedOutput)
    {
        if (Folder is not { } folder)
        {
            output.WriteLine("Skipped: shared/data/bibtex/bibtexparser is not present beside the repository.");
            return;
        }

        var actual = Comparable(Parse(Path.Combine(folder, input)));
        var expected = Comparable(Parse(Path.Combine(folder, expectedOutput)));

        var differences = new List<string>();
        Golden.Compare(expected, actual, "$", differences);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void Parse_SpecialFiles_MatchWhatTheSourceProjectExpects()
    {
        if (Folder is not { } folder)
        {
            output.WriteLine("Skipped: shared/data/bibtex/bibtexparser is not present beside the repository.");
            return;
        }

        // BOM, leading whitespace and quoted values read like the plain file.
        var plain = Comparable(Parse(Path.Combine(folder, "article.bib")));
        var differences = new List<string>();
        Golden.Compare(plain, Comparable(Parse(Path.Combine(folder, "article_start_with_bom.bib"))), "$", differences);
        Assert.Empty(differences);

        // "{\'e}" and "{\"u}" are LaTeX accents (bibtexparser keeps them unless asked to convert).
        Assert.Equal("Jean Césarü", Parse(Path.Combine(folder, "article_with_special_characters.bib")).Papers[0].Authors[0].Written);
        Assert.Equal("Jean Césarü", Parse(Path.Combine(folder, "article_no_braces.bib")).Papers[0].Authors[0].Written);

        // "{{An amazing title}}" protects the whole title; the braces are not part of it.
        var protectedTitle = Parse(Path.Combine(folder, "article_with_protection_braces.bib")).Papers[0];
        Assert.Equal("An amazing title", protectedTitle.Title);
        Assert.Equal(["An amazing title"], protectedTitle.ProtectedTitleSpans);
        Assert.Equal("Nice Journal", protectedTitle.Venue?.Name);

        // "AND" separates names like "and" (BibTeX ignores its case).
        Assert.Equal(3, Parse(Path.Combine(folder, "book_capital_AND.bib")).Papers[0].Authors.Count);

        // Macros that refer to macros, in any case, with concatenation.
        var features = Parse(Path.Combine(folder, "features2.bib")).Papers[0];
        Assert.Equal("Cool Stuff", features.Title);
        Assert.Equal("My International Conference", features.Venue?.Name);
        Assert.Equal("1–10", features.Pages);
        Assert.Equal("John Doe", features.Authors[0].Written);
        Assert.Equal(new ExtraField("note", "Email: John.Doe@example.com"), Assert.Single(features.ExtraFields));

        // A @string named "title" is used by "title = title".
        Assert.Equal("A great title", Parse(Path.Combine(folder, "comments_spaces_and_declarations.bib")).Papers[0].Title);

        // traps.bib: the comma inside the braced author value makes BibTeX read "Jean Laidé" as the
        // family name and "Ben Loaeb" as the given names (bibtexparser does not split names at all).
        var trap = Parse(Path.Combine(folder, "traps.bib")).Papers[0];
        Assert.Equal("Jean Laidé", trap.Authors[0].Family);
        Assert.Equal(["An", "title"], trap.ProtectedTitleSpans);
        Assert.Equal("n.s. 2", trap.Venue?.Volume);
    }

    [Fact]
    public void Parse_CrossrefFiles_FollowBiberSemantics()
    {
        if (Folder is not { } folder)
        {
            output.WriteLine("Skipped: shared/data/bibtex/bibtexparser is not present beside the repository.");
            return;
        }

        var cascade = Parse(Path.Combine(folder, "crossref_cascading.bib"));
        Assert.DoesNotContain(cascade.Diagnostics, d => d.Code == DiagnosticCodes.UnresolvedReference);

        var aliases = Parse(Path.Combine(folder, "crossref_cascading_aliases.bib"));
        var ccr3 = aliases.Papers.Single(p => p.Identifiers.Contains(new Identifier(IdentifierSchemes.Bibtex, "ccr3")));
        Assert.Equal("Misc etc.", ccr3.Venue?.Name);
        Assert.Equal("Vince Various", Assert.Single(ccr3.Authors).Written);

        var cycle = Parse(Path.Combine(folder, "crossref_cascading_cycle.bib"));
        Assert.Single(cycle.Diagnostics, d => d.Code == DiagnosticCodes.UnresolvedReference && d.Message.Contains("cycle", StringComparison.Ordinal));

        var missing = Parse(Path.Combine(folder, "crossref_missing_entries.bib"));
        Assert.Single(missing.Diagnostics, d => d.Code == DiagnosticCodes.UnresolvedReference && d.Line == 6);

        var entries = Parse(Path.Combine(folder, "crossref_entries.bib"));
        var cr1 = entries.Papers[0];
        Assert.Equal("Graphs of the Continent", cr1.Venue?.Name);
        Assert.Equal("Grimble", cr1.Venue?.Publisher);
        Assert.Equal(1974, cr1.Date?.Year);

        // xref only links entries (no inheritance in biblatex), so nothing is filled in.
        var xref = Parse(Path.Combine(folder, "xref_entries.bib"));
        Assert.Null(xref.Papers[0].Venue);
        Assert.Contains(new ExtraField("xref", "xrm"), xref.Papers[0].ExtraFields);
    }

    // The document as JSON without source positions, with papers keyed by citation key and extra
    // fields by name, so the order bibtexparser writes them in does not matter.
    private static JsonObject Comparable(ParsedDocument document)
    {
        var papers = new JsonObject();
        foreach (var paper in document.Papers)
        {
            var key = paper.Identifiers.FirstOrDefault(i => i.Scheme == IdentifierSchemes.Bibtex)?.Value ?? "";
            var node = JsonNode.Parse(ScholarlyJson.Serialize(paper with { Source = null, ExtraFields = default }))!;
            var extras = new JsonObject();
            foreach (var field in paper.ExtraFields)
            {
                extras[field.Name] = field.Value;
            }

            node["extraFields"] = extras;
            papers[key] = node;
        }

        return papers;
    }
}
