using System.Globalization;
using System.Text;
using Scholarly.Parsing.Identity;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Identity;

/// <summary>The acceptance test of the identity resolver on the five seed pages.</summary>
public sealed class SeedsResolutionTests(ITestOutputHelper output)
{
    private static readonly string[] SeedFiles =
    [
        "Seeds/000_5beb213020b92186.txt",
        "Seeds/001_87569abedee599f0.txt",
        "Seeds/002_dbfa5769a9e7e24b.txt",
        "Seeds/003_c96f94fe17ff7e02.txt",
        "Seeds/004_9cc558a792950015.txt",
    ];

    private static readonly Lazy<ParsedDocument[]> Documents = new(() =>
        [.. SeedFiles.Select(f => PaperParser.Parse(Fixture.Read(f), Fixture.FixedOptions))]);

    private static readonly Lazy<ScholarlyGraph> Graph = new(() => new IdentityResolver().Resolve(Documents.Value));

    private static ResolvedAuthor Person(string written) => Assert.Single(Graph.Value.FindAuthorsByName(written));

    private static ResolvedPaper PaperTitled(string prefix) =>
        Assert.Single(Graph.Value.Papers, p => p.Paper.Title.StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public void Resolve_Seeds_GivesOneMihyeonKimWithThreePapers()
    {
        var mihyeon = Person("Mihyeon Kim");

        Assert.Same(mihyeon, Person("MiHyeon Kim"));
        Assert.Equal("Mihyeon Kim", mihyeon.PreferredName.Written);
        Assert.Equal(["Mihyeon Kim", "MiHyeon Kim"], mihyeon.Names.Select(n => n.Written).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(3, mihyeon.PaperIds.Count);
        Assert.Equal(
            ["Focus on the Core", "IM-BERT", "See-Saw Modality Balance"],
            mihyeon.PaperIds.Select(id => Graph.Value.FindPaper(id)!.Paper.Title.Split(':')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_Seeds_SeeSawIsOnePaperFromTwoSites()
    {
        var seeSaw = PaperTitled("See-Saw Modality Balance");

        Assert.Equal(["acl-anthology/author", "multilingual-paper"], seeSaw.Records.Select(r => FormatOf(r.DocumentId)).Order(StringComparer.Ordinal));
        Assert.Equal("NAACL", seeSaw.Paper.Venue!.Acronym);
        Assert.Equal("acl-anthology/author", FormatOf(seeSaw.FieldSources.Single(s => s.Field == "venue").DocumentId));
        var german = Assert.Single(seeSaw.Paper.Translations);
        Assert.Equal("de", german.Language);
        Assert.StartsWith("See-Saw-Modalitätsbalance", german.Title, StringComparison.Ordinal);
        Assert.Equal("multilingual-paper", FormatOf(seeSaw.FieldSources.Single(s => s.Field == "translations").DocumentId));
        Assert.Contains(seeSaw.Evidence, e => e.Kind == EvidenceKind.TitleAgreement);
    }

    [Fact]
    public void Resolve_Seeds_ImBertIsOnePaperWithVenueFromAclAndSummaryFrom004()
    {
        var imBert = PaperTitled("IM-BERT");

        Assert.Equal(["acl-anthology/author", "paper-summary"], imBert.Records.Select(r => FormatOf(r.DocumentId)).Order(StringComparer.Ordinal));
        Assert.Equal(("EMNLP", 2024), (imBert.Paper.Venue!.Acronym, imBert.Paper.Venue.Year));
        Assert.NotNull(imBert.Paper.Summary?.TlDr);
        Assert.Equal(3, imBert.Paper.Summary!.Findings.Count);
        Assert.Contains("Topic Modeling", imBert.Paper.Topics);
        Assert.Equal("paper-summary", FormatOf(imBert.FieldSources.Single(s => s.Field == "summary").DocumentId));
        Assert.Equal("acl-anthology/author", FormatOf(imBert.FieldSources.Single(s => s.Field == "venue").DocumentId));
        // The ACL abstract is complete; the summary page's is cut off, so the complete one is kept.
        Assert.False(imBert.Paper.Abstract!.IsTruncated);
    }

    [Theory]
    [InlineData("JuneHyoung Kwon", "Junehyoung Kwon")]
    [InlineData("YoungBin Kim", "Youngbin Kim")]
    [InlineData("Seung jae Shin", "Seungjae Shin")]
    public void Resolve_Seeds_SpellingVariantsAreOnePerson(string a, string b)
    {
        Assert.Same(Person(a), Person(b));
    }

    [Fact]
    public void Resolve_Seeds_KyungwooSongOwnsHis46Papers()
    {
        var song = Person("Kyungwoo Song");

        Assert.Equal(46, song.PaperIds.Count);
        Assert.Contains(song.Metrics, m => m.Kind == "h-index" && m.Value == 13);
    }

    [Fact]
    public void Resolve_Seeds_GivesExactlyTheExpectedPeople()
    {
        // The seeds hold no two different people whose names fold to the same key and no person written
        // in ways that do not fold together, so the expected people are the distinct folded names.
        var expected = Documents.Value
            .SelectMany(d => d.Papers.SelectMany(p => p.Authors).Concat(d.Subject is { } s ? [s.Name] : []))
            .Select(n => Fold(n.Written))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var actual = Graph.Value.Authors;
        output.WriteLine($"{expected.Count} expected people, {actual.Count} resolved");

        foreach (var person in actual)
        {
            Assert.Single(person.Names.Select(n => Fold(n.Written)).Distinct());
        }

        Assert.Equal(expected, actual.Select(a => Fold(a.PreferredName.Written)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_Seeds_TwoAuthorsOfOnePaperAreNeverOnePerson()
    {
        foreach (var paper in Graph.Value.Papers)
        {
            foreach (var record in paper.Records)
            {
                var ids = record.Paper.Authors.Select((_, position) => Graph.Value.Authors.Single(a => a.Mentions.Any(m =>
                    m.DocumentId == record.DocumentId && m.PaperIndex == record.PaperIndex && m.Position == position)).Id).ToList();
                Assert.Equal(ids.Count, ids.Distinct().Count());
            }
        }
    }

    [Fact]
    public void Explain_VariantsOfOnePerson_SaysWhy()
    {
        var mihyeon = Person("Mihyeon Kim");
        var a = mihyeon.Mentions.First(m => m.Name.Written == "MiHyeon Kim");
        var b = mihyeon.Mentions.First(m => m.Name.Written == "Mihyeon Kim");

        var explanation = Graph.Value.Explain(a, b);

        output.WriteLine(explanation.Summary);
        Assert.True(explanation.SamePerson);
        Assert.Empty(explanation.Blockers);
        Assert.Contains("folding", explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_TwoKimsOnOnePaper_SaysTheyAreKeptApart()
    {
        var imBert = Graph.Value.Documents.First(d => d.FormatId == "acl-anthology/author");
        var mihyeon = Person("Mihyeon Kim").Mentions.First(m => m.DocumentId == imBert.Id && m.Role == MentionRole.PaperAuthor);
        var youngbin = Person("YoungBin Kim").Mentions.First(m => m.DocumentId == mihyeon.DocumentId && m.PaperIndex == mihyeon.PaperIndex);

        var explanation = Graph.Value.Explain(mihyeon, youngbin);

        output.WriteLine(explanation.Summary);
        Assert.False(explanation.SamePerson);
        Assert.Contains(explanation.Blockers, b => b.Contains("one paper", StringComparison.Ordinal));
        Assert.Contains(explanation.Blockers, b => b.Contains("incompatible", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_ShuffledInput_GivesTheSameGraph()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 10; i++)
        {
            var shuffled = Documents.Value.OrderBy(_ => random.Next()).ToList();

            Assert.Equal(Graph.Value, new IdentityResolver().Resolve(shuffled));
        }
    }

    [Fact]
    public void Resolve_DocumentGivenTwice_ChangesNothingButSaysSo()
    {
        var twice = new IdentityResolver().Resolve(Documents.Value.Concat([Documents.Value[0]]));

        Assert.Equal(Graph.Value.Authors, twice.Authors);
        Assert.Equal(Graph.Value.Papers, twice.Papers);
        Assert.Single(twice.Diagnostics);
    }

    [Fact]
    public void Graph_RoundTripsThroughJson()
    {
        var json = Scholarly.Parsing.Serialization.ScholarlyJson.Serialize(Graph.Value);

        Assert.Equal(Graph.Value, Scholarly.Parsing.Serialization.ScholarlyJson.Deserialize<ScholarlyGraph>(json));
        var mihyeon = Person("Mihyeon Kim");
        var explanation = Graph.Value.Explain(mihyeon.Mentions[0], mihyeon.Mentions[^1]);
        Assert.Equal(explanation, Scholarly.Parsing.Serialization.ScholarlyJson.Deserialize<MergeExplanation>(Scholarly.Parsing.Serialization.ScholarlyJson.Serialize(explanation)));
    }

    private static string FormatOf(string documentId) => Graph.Value.Documents.Single(d => d.Id == documentId).FormatId!;

    private static string Fold(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
