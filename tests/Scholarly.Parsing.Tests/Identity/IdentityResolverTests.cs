using Scholarly.Parsing.Identity;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Tests.Identity;

public sealed class IdentityResolverTests
{
    private static Paper PaperBy(string title, int year, params string[] authors) => new()
    {
        Title = title,
        Date = PublicationDate.FromYear(year),
        Authors = [.. authors.Select(PersonName.Parse)],
    };

    private static ParsedDocument Page(string format, params Paper[] papers) => new() { FormatId = format, Papers = [.. papers] };

    [Fact]
    public void Resolve_NoDocuments_GivesAnEmptyGraph()
    {
        var graph = new IdentityResolver().Resolve([]);

        Assert.Empty(graph.Authors);
        Assert.Empty(graph.Papers);
    }

    [Fact]
    public void Resolve_DocumentsWithoutPapersOrAuthors_DoNotThrow()
    {
        var graph = new IdentityResolver().Resolve(
        [
            new ParsedDocument(),
            Page("x", new Paper { Title = "No Authors Here" }),
            Page("y", new Paper()),
        ]);

        Assert.Empty(graph.Authors);
        Assert.Equal(2, graph.Papers.Count);
    }

    [Fact]
    public void Resolve_PreprintAndVenueVersion_AreOnePaper()
    {
        var preprint = PaperBy("Focus on the Core: Efficient Attention via Pruned Token Compression", 2023, "Jungmin Yun", "Mihyeon Kim");
        var published = PaperBy("Focus on the core — efficient attention via pruned token compression", 2024, "Jungmin Yun", "MiHyeon Kim", "Youngbin Kim");

        var graph = new IdentityResolver().Resolve([Page("a", preprint), Page("b", published)]);

        var paper = Assert.Single(graph.Papers);
        Assert.Equal(2, paper.Records.Count);
        Assert.Equal(3, graph.Authors.Count);
    }

    [Fact]
    public void Resolve_SpellingsDifferingOnlyInLetterCase_AreOnePersonWithoutASharedFact()
    {
        // No shared paper, coauthor or affiliation: letter case alone never separates two people.
        var graph = new IdentityResolver().Resolve(
        [
            Page("a", PaperBy("Token Pruning for Vision Transformers", 2023, "MiHyeon Kim", "Jungmin Yun")),
            Page("b", PaperBy("Contrastive Pretraining of Speech Encoders", 2025, "Mihyeon Kim", "Seungjae Shin")),
        ]);

        var person = Assert.Single(graph.Authors, a => a.Names.Any(n => n.Written == "Mihyeon Kim"));
        Assert.Contains(person.Names, n => n.Written == "MiHyeon Kim");
        Assert.Equal(2, person.PaperIds.Count);
    }

    [Fact]
    public void Resolve_MergedPaper_KeepsFieldsOnlyOneRecordHas()
    {
        var bib = PaperBy("Focus on the Core", 2023, "Jungmin Yun", "Mihyeon Kim") with
        {
            Pages = "13617–13628",
            Keywords = ["token pruning"],
            EntryType = "inproceedings",
        };
        var scholar = PaperBy("Focus on the core", 2023, "Jungmin Yun", "Mihyeon Kim") with
        {
            Metrics = [new Metric { Kind = MetricKinds.Citations, Value = 12 }],
        };

        var merged = Assert.Single(new IdentityResolver().Resolve([Page("a", bib), Page("b", scholar)]).Papers).Paper;

        Assert.Equal("13617–13628", merged.Pages);
        Assert.Equal(["token pruning"], merged.Keywords);
        Assert.Equal(12, Assert.Single(merged.Metrics).Value);
        Assert.Equal("inproceedings", merged.EntryType);
    }

    [Fact]
    public void Resolve_SameTitleYearsApart_AreTwoPapers()
    {
        var graph = new IdentityResolver().Resolve(
        [
            Page("a", PaperBy("A Survey of Name Disambiguation", 2015, "Ana Rivas")),
            Page("b", PaperBy("A Survey of Name Disambiguation", 2024, "Ana Rivas")),
        ]);

        Assert.Equal(2, graph.Papers.Count);
        Assert.Single(graph.Authors);
    }

    [Fact]
    public void Resolve_SameTitleNoSharedAuthor_AreTwoPapers()
    {
        var graph = new IdentityResolver().Resolve(
        [
            Page("a", PaperBy("Introduction", 2020, "Ana Rivas")),
            Page("b", PaperBy("Introduction", 2020, "Wei Zhang")),
        ]);

        Assert.Equal(2, graph.Papers.Count);
    }

    [Fact]
    public void Resolve_DifferentKims_StayApart()
    {
        var graph = new IdentityResolver().Resolve(
        [
            Page("a", PaperBy("Paper One", 2020, "Hyunwoo Kim", "Ana Rivas")),
            Page("b", PaperBy("Paper Two", 2021, "Hyunjung Kim", "Ana Rivas")),
        ]);

        Assert.Equal(3, graph.Authors.Count);
    }

    [Fact]
    public void Resolve_InitialWithSharedCoauthor_Merges_WithoutCorroboration_DoesNot()
    {
        var withCoauthor = new IdentityResolver().Resolve(
        [
            Page("a", PaperBy("Paper One", 2020, "J. Kwon", "Eunju Lee")),
            Page("b", PaperBy("Paper Two", 2021, "Junehyoung Kwon", "Eunju Lee")),
        ]);
        var alone = new IdentityResolver().Resolve(
        [
            Page("a", PaperBy("Paper One", 2020, "J. Kwon", "Eunju Lee")),
            Page("b", PaperBy("Paper Two", 2021, "Junehyoung Kwon", "Wei Zhang")),
        ]);

        var kwon = Assert.Single(withCoauthor.FindAuthorsByName("J. Kwon"));
        Assert.Contains(kwon.Evidence, e => e.Kind == EvidenceKind.CoauthorOverlap);
        Assert.Equal(2, alone.Authors.Count(a => a.PreferredName.Family == "Kwon"));
        var explanation = alone.Explain(alone.Authors.First(a => a.PreferredName.Written == "J. Kwon").Mentions[0], alone.Authors.First(a => a.PreferredName.Written == "Junehyoung Kwon").Mentions[0]);
        Assert.False(explanation.SamePerson);
        Assert.Contains("corroborate", explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SpellingsThatOnlyFoldAlike_MergeWithASharedCoauthor_WithoutOne_DoNot()
    {
        var withCoauthor = new IdentityResolver().Resolve(
        [
            Page("a", PaperBy("Paper One", 2020, "Marek Šuppa", "Eunju Lee")),
            Page("b", PaperBy("Paper Two", 2021, "Marek Suppa", "Eunju Lee")),
        ]);
        var alone = new IdentityResolver().Resolve(
        [
            Page("a", PaperBy("Paper One", 2020, "Marek Šuppa", "Eunju Lee")),
            Page("b", PaperBy("Paper Two", 2021, "Marek Suppa", "Wei Zhang")),
        ]);

        var suppa = Assert.Single(withCoauthor.FindAuthorsByName("Marek Suppa"));
        Assert.Equal(2, suppa.Names.Count);
        Assert.Contains(suppa.Evidence, e => e.Kind == EvidenceKind.CoauthorOverlap);
        Assert.Equal(2, alone.Authors.Count(a => a.PreferredName.Given == "Marek"));
    }

    [Fact]
    public void Resolve_OneSpellingSplitIntoPartsDifferently_IsOnePerson()
    {
        // Sources disagree on where the given name ends ("Adithya V" + "Ganesan", "Adithya" + "V Ganesan").
        var a = new PersonName { Written = "Adithya V Ganesan", Given = "Adithya V", Family = "Ganesan" };
        var b = new PersonName { Written = "Adithya V Ganesan", Given = "Adithya", Family = "V Ganesan" };
        var graph = new IdentityResolver().Resolve(
        [
            Page("a", new Paper { Title = "Paper One", Authors = [a, PersonName.Parse("Ana Rivas")] }),
            Page("b", new Paper { Title = "Paper Two", Authors = [b, PersonName.Parse("Wei Zhang")] }),
        ]);

        Assert.Equal(2, Assert.Single(graph.Authors, p => p.PreferredName.Written == "Adithya V Ganesan").Mentions.Count);
    }

    [Fact]
    public void Resolve_InitialCompatibleWithTwoPeople_DoesNotChainThemTogether()
    {
        // "J. Kwon" shares a coauthor with both, but Junehyoung and Jaeho Kwon are different people.
        var graph = new IdentityResolver().Resolve(
        [
            Page("a", PaperBy("Paper One", 2020, "J. Kwon", "Eunju Lee", "Wei Zhang")),
            Page("b", PaperBy("Paper Two", 2021, "Junehyoung Kwon", "Eunju Lee")),
            Page("c", PaperBy("Paper Three", 2022, "Jaeho Kwon", "Wei Zhang")),
        ]);

        Assert.NotSame(Assert.Single(graph.FindAuthorsByName("Junehyoung Kwon")), Assert.Single(graph.FindAuthorsByName("Jaeho Kwon")));
    }

    [Fact]
    public void Resolve_TwoAuthorsWithTheSameNameOnOnePaper_StayTwoPeople()
    {
        var graph = new IdentityResolver().Resolve([Page("a", PaperBy("Two Yang Lius", 2020, "Yang Liu", "Yang Liu"))]);

        Assert.Equal(2, graph.Authors.Count);
    }

    [Fact]
    public void Resolve_TenThousandAuthorPaper_DoesNotThrow()
    {
        var authors = Enumerable.Range(0, 10_000).Select(i => $"Author{i} Family{i % 97}").ToArray();

        var graph = new IdentityResolver().Resolve([Page("a", PaperBy("Big Collaboration", 2020, authors))]);

        Assert.Equal(10_000, graph.Authors.Count);
    }

    [Fact]
    public void Resolve_EmptyAndInitialOnlyNames_DoNotMergeOrThrow()
    {
        var graph = new IdentityResolver().Resolve(
        [
            Page("a", PaperBy("Paper One", 2020, "", "J.", "---")),
            Page("b", PaperBy("Paper Two", 2021, "", "J.", "K.")),
        ]);

        Assert.Equal(2, graph.Papers.Count);
        Assert.True(graph.Authors.Count >= 4);
    }

    [Fact]
    public void Resolve_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new IdentityResolver().Resolve([Page("a", PaperBy("Paper One", 2020, "Ana Rivas"))], cancellation.Token));
    }

    [Fact]
    public void Resolve_FromManyThreads_GivesEqualGraphs()
    {
        var resolver = new IdentityResolver();
        var documents = new[]
        {
            Page("a", PaperBy("Paper One", 2020, "J. Kwon", "Eunju Lee")),
            Page("b", PaperBy("Paper Two", 2021, "Junehyoung Kwon", "Eunju Lee")),
        };
        var expected = resolver.Resolve(documents);

        var graphs = new ScholarlyGraph[16];
        Parallel.For(0, graphs.Length, i => graphs[i] = resolver.Resolve(documents));

        Assert.All(graphs, g => Assert.Equal(expected, g));
    }
}
