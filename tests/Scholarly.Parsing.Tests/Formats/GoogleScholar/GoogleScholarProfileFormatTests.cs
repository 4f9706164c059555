using Scholarly.Parsing.Formats.GoogleScholar;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Formats.GoogleScholar;

public sealed class GoogleScholarProfileFormatTests(ITestOutputHelper output)
{
    [Fact]
    public void Parse_RealProfile_ReadsTheHeaderMetricsAndEveryRow()
    {
        var html = Fixture.ReadShared("html/google-scholar/profile_P1RwlvoAAAAJ.html", output);
        if (html is null)
        {
            return;
        }

        var document = PaperParser.Parse(html, Fixture.FixedOptions);

        Assert.Equal(GoogleScholarProfileFormat.FormatId, document.FormatId);
        Assert.Empty(document.Diagnostics);
        var subject = document.Subject!;
        Assert.Equal(new PersonName { Written = "WENRUI ZUO", Given = "Wenrui", Family = "Zuo" }, subject.Name);
        Assert.Equal([Affiliation.FromName("The University of Edinburgh")], subject.Affiliations);
        Assert.Equal(["Web3", "Big Data Science", "Social Network Analysis", "NLP", "Machine Learning"], subject.ResearchAreas);
        Assert.Equal([new Identifier(IdentifierSchemes.GoogleScholar, "P1RwlvoAAAAJ")], subject.Identifiers);
        Assert.Equal(
            [(MetricKinds.Citations, 39, null), (MetricKinds.Citations, 38, "since 2021"), (MetricKinds.HIndex, 4, null), (MetricKinds.HIndex, 4, "since 2021"),
                (MetricKinds.I10Index, 2, null), (MetricKinds.I10Index, 2, "since 2021")],
            subject.Metrics.Select(m => (m.Kind, m.Value, m.Period)));
        Assert.All(subject.Metrics, m => Assert.Equal(MetricUnit.Count, m.Unit));

        var papers = document.Papers;
        Assert.Equal(
            [
                ("Set in stone: Analysis of an immutable web3 social media platform", "W Zuo, A Raman, RJ Mondragón, G Tyson", "Proceedings of the ACM Web Conference 2023", "1865-1874", 18.0, 2023, "u5HHmVD_uO8C"),
                ("Understanding and improving content moderation in web3 platforms", "W Zuo, RJ Mondragon, A Raman, G Tyson", "Proceedings of the International AAAI Conference on Web and Social Media 18 …", null, 10.0, 2024, "d1gkVwhDpl0C"),
                ("A first look at user-controlled moderation on web3 social media: The case of memo. cash", "W Zuo, A Raman, RJ MondragÓN, G Tyson", "Proceedings of the 3rd International Workshop on Open Challenges in Online …", null, 7.0, 2023, "u-x6o8ySG0sC"),
                ("Promoting the Culture of Qinhuai River Lantern Shadow Puppetry with a Digital Archive and Immersive Experience", "Y Liu, RM Williams, G Xie, Y Wang, W Zuo", "arXiv preprint arXiv:2410.03532", null, 4.0, 2024, "9yKSN-GCB0IC"),
                ("Understanding and Improving User-controlled Content Moderation Systems on Social Media", "W Zuo", "Queen Mary University of London", null, (double?)null, 2025, "2osOgNQ5qMEC"),
            ],
            papers.Select(p => (p.Title, string.Join(", ", p.Authors.Select(a => a.Written)), p.Venue!.Name, p.Pages,
                p.Metrics.IsEmpty ? (double?)null : p.Metrics.Single().Value, p.Date!.Year,
                p.Identifiers.Single(i => i.Scheme == IdentifierSchemes.GoogleScholar).Value["P1RwlvoAAAAJ:".Length..])));
        Assert.All(papers, p => Assert.False(p.AuthorsTruncated));
        Assert.Equal((VenueKind.Conference, VenueKind.Conference, VenueKind.Workshop, VenueKind.Preprint, VenueKind.Unknown),
            (papers[0].Venue!.Kind, papers[1].Venue!.Kind, papers[2].Venue!.Kind, papers[3].Venue!.Kind, papers[4].Venue!.Kind));
        Assert.Contains(new Identifier(IdentifierSchemes.Arxiv, "2410.03532"), papers[3].Identifiers);
        Assert.Equal("Cited by 18", papers[0].Metrics.Single().Label);
        Assert.Equal(
            "https://scholar.google.com/citations?view_op=view_citation&hl=en&user=P1RwlvoAAAAJ&citation_for_view=P1RwlvoAAAAJ:u5HHmVD_uO8C",
            papers[0].Links.Single(l => l.Kind == LinkKind.Page).Url);
    }

    [Theory]
    [InlineData("profile-en")]
    [InlineData("profile-caps-new")]
    public void Parse_OwnProfile_MatchesGoldenJson(string name)
    {
        var document = PaperParser.Parse(Fixture.Read($"Html/GoogleScholar/{name}.html"), Fixture.FixedOptions);

        Golden.Verify(document, $"Golden/Html/GoogleScholar/{name}.json");
    }

    [Fact]
    public void Parse_OwnProfile_ReadsTruncatedAuthorsVolumesPagesAndEmptyCells()
    {
        var document = PaperParser.Parse(Fixture.Read("Html/GoogleScholar/profile-en.html"), Fixture.FixedOptions);

        var papers = document.Papers;
        Assert.Equal(6, papers.Count);
        Assert.Equal(("Journal of Imaginary Results", "12", "3", "45-67", VenueKind.Journal),
            (papers[0].Venue!.Name, papers[0].Venue!.Volume, papers[0].Venue!.Issue, papers[0].Pages, papers[0].Venue!.Kind));
        Assert.Equal(1254, document.Subject!.Metrics[0].Value);
        Assert.True(papers[1].AuthorsTruncated);
        Assert.Equal("AM Example-Lovelace", papers[1].Authors[^1].Written);
        Assert.Equal(("Cited by 87*", 87.0), (papers[1].Metrics.Single().Label, papers[1].Metrics.Single().Value));
        // Empty cells are absent, not zero.
        Assert.Empty(papers[2].Metrics);
        Assert.Null(papers[3].Venue);
        Assert.Null(papers[4].Date);
        Assert.Null(papers[4].Venue!.Year);
        Assert.Equal("Example University", papers[5].Venue!.Name);
    }

    [Fact]
    public void Parse_AllCapitalsNameWithParticlesAndNoMetrics_KeepsTheWritingAndReadsTheParts()
    {
        var document = PaperParser.Parse(Fixture.Read("Html/GoogleScholar/profile-caps-new.html"), Fixture.FixedOptions);

        Assert.Equal(GoogleScholarProfileFormat.FormatId, document.FormatId);
        Assert.Equal(new PersonName { Written = "LUCÍA DE LA FUENTE", Given = "Lucía", Particle = "de la", Family = "Fuente" }, document.Subject!.Name);
        Assert.Empty(document.Subject.Affiliations);
        Assert.Empty(document.Subject.Metrics);
        Assert.Empty(document.Subject.ResearchAreas);
        Assert.Equal(2, document.Papers.Count);
    }

    [Fact]
    public void Parse_InterestsThatDoNotSplitAtCapitals_AreReadExactlyFromTheMarkup()
    {
        var html = Fixture.Read("Html/GoogleScholar/profile-en.html").Replace(">Question Answering<", ">AI4Science<", StringComparison.Ordinal);

        var fromHtml = PaperParser.Parse(html, Fixture.FixedOptions).Subject!.ResearchAreas;
        var fromText = PaperParser.Parse(SourceText.FromHtml(html).Text, Fixture.FixedOptions).Subject!.ResearchAreas;

        Assert.Equal(["Natural Language Processing", "Information Extraction", "AI4Science"], fromHtml);
        Assert.Equal(["Natural Language Processing", "Information Extraction", "AI4", "Science"], fromText);
    }

    [Fact]
    public void Parse_CopyWithoutTabs_ReadsMetricsAndRowsFromInnerTextLayout()
    {
        // innerText puts a cell's closing line break before the next cell: the count and year start a line.
        var text = "Cited by\nAll Since 2019\nCitations 120 80\nh-index 5 4\ni10-index 3 2\nFollow\nAda Example\nExample University\nVerified email at example.edu\n"
            + "Title\nCited by\tYear\nA paper\nA Example, B Sample\nJournal of Examples 3 (1), 1-9\n\t12\t2020\nArticles 1–1\n";

        var document = PaperParser.Parse(text, Fixture.FixedOptions);

        Assert.Equal(GoogleScholarProfileFormat.FormatId, document.FormatId);
        Assert.Equal("since 2019", document.Subject!.Metrics[1].Period);
        var paper = Assert.Single(document.Papers);
        Assert.Equal(("A paper", 12.0, "1-9"), (paper.Title, paper.Metrics.Single().Value, paper.Pages));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Parse_FewerRowsThanAnnounced_ReportsACountMismatch()
    {
        var text = Fixture.Read("Html/GoogleScholar/profile-en.txt").Replace("Articles 1–6", "Articles 1–7", StringComparison.Ordinal);

        var document = PaperParser.Parse(text, Fixture.FixedOptions);

        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.CountMismatch);
    }

    [Theory]
    [InlineData("Web3Big Data ScienceSocial Network AnalysisNLPMachine Learning", new[] { "Web3", "Big Data Science", "Social Network Analysis", "NLP", "Machine Learning" })]
    [InlineData("Natural Language Processing", new[] { "Natural Language Processing" })]
    [InlineData("NLPIR", new[] { "NLPIR" })]
    [InlineData("", new string[0])]
    public void SplitGluedInterests_SplitsAtCapitals(string line, string[] expected)
    {
        Assert.Equal(expected, ScholarText.SplitGluedInterests(line));
    }

    [Theory]
    [InlineData("WENRUI ZUO", "Wenrui Zuo")]
    [InlineData("JEAN-LUC O'BRIEN", "Jean-Luc O'Brien")]
    [InlineData("LUCÍA DE LA FUENTE", "Lucía de la Fuente")]
    [InlineData("Wenrui Zuo", "Wenrui Zuo")]
    [InlineData("RJ MondragÓN", "RJ MondragÓN")]
    [InlineData("X", "X")]
    public void ReadableCase_RewritesOnlyAllCapitalNames(string name, string expected)
    {
        Assert.Equal(expected, ScholarText.ReadableCase(name));
    }

    [Theory]
    [InlineData("Journal of Imaginary Results 12 (3), 45-67, 2021", 2021, "Journal of Imaginary Results", "12", "3", "45-67")]
    [InlineData("Proceedings of the ACM Web Conference 2023, 1865-1874", 2023, "Proceedings of the ACM Web Conference 2023", null, null, "1865-1874")]
    [InlineData("Nature 588 (7837), e12", 2020, "Nature", "588", "7837", "e12")]
    [InlineData("arXiv preprint arXiv:2410.03532, 2024", 2024, "arXiv preprint arXiv:2410.03532", null, null, null)]
    [InlineData("Proceedings of the 3rd International Workshop on Open Challenges in Online …", 2023, "Proceedings of the 3rd International Workshop on Open Challenges in Online …", null, null, null)]
    public void ReadVenue_SplitsVolumeIssueAndPages(string line, int year, string name, string? volume, string? issue, string? pages)
    {
        var venue = ScholarText.ReadVenue(line, year, out var readPages);

        Assert.Equal((name, volume, issue, pages), (venue.Name, venue.Volume, venue.Issue, readPages));
    }

    [Theory]
    [InlineData("Venue, 2023\t18\t2023", true)]
    [InlineData("\t\t2025", true)]
    [InlineData("Venue\t18*\t", true)]
    [InlineData("Sort\t", false)]
    [InlineData("Cited by\tYear", false)]
    [InlineData("a\tb\tc", false)]
    [InlineData("\t\t", false)]
    public void TryReadRowEnd_RecognisesCountAndYearCells(string line, bool expected)
    {
        Assert.Equal(expected, ScholarText.TryReadRowEnd(line, out _, out _, out _));
    }

    [Theory]
    [InlineData("Seeds/000_5beb213020b92186.txt")]
    [InlineData("Seeds/001_87569abedee599f0.txt")]
    [InlineData("Seeds/003_c96f94fe17ff7e02.txt")]
    [InlineData("Html/Arxiv/abs-current.txt")]
    public void Detect_OtherPages_AreNotScholarProfiles(string path)
    {
        Assert.True(new GoogleScholarProfileFormat().Detect(SourceText.From(Fixture.Read(path))).Confidence < 0.5);
    }
}
