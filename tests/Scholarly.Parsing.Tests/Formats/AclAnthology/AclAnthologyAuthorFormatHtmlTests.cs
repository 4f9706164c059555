using Scholarly.Parsing.Formats.AclAnthology;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Formats.AclAnthology;

public sealed class AclAnthologyAuthorFormatHtmlTests(ITestOutputHelper output)
{
    private const string Acl = "https://aclanthology.org/";

    // Every entry of the real pages: year, paper id, title, authors, venue, whether it has an abstract.
    private static readonly (int Year, string Id, string Title, string[] Authors, string Venue, bool HasAbstract)[] s_2021Entries =
    [
        (2019, "W19-4201", "AX Semantics’ Submission to the SIGMORPHON 2019 Shared Task", ["Andreas Madsack", "Robert Weißgraeber"],
            "Proceedings of the 16th Workshop on Computational Research in Phonetics, Phonology, and Morphology", true),
        (2018, "W18-3607", "AX Semantics’ Submission to the Surface Realization Shared Task 2018",
            ["Andreas Madsack", "Johanna Heininger", "Nyamsuren Davaasambuu", "Vitaliia Voronik", "Michael Käufl", "Robert Weißgraeber"],
            "Proceedings of the First Workshop on Multilingual Surface Realisation", true),
        (2018, "W18-6560", "Multi-Language Surface Realisation as REST API based NLG Microservice",
            ["Andreas Madsack", "Johanna Heininger", "Nyamsuren Davaasambuu", "Vitaliia Voronik", "Michael Käufl", "Robert Weißgraeber"],
            "Proceedings of the 11th International Conference on Natural Language Generation", true),
        (2018, "K18-3004", "AX Semantics’ Submission to the CoNLL–SIGMORPHON 2018 Shared Task",
            ["Andreas Madsack", "Alessia Cavallo", "Johanna Heininger", "Robert Weißgraeber"],
            "Proceedings of the CoNLL–SIGMORPHON 2018 Shared Task: Universal Morphological Reinflection", false),
        (2017, "W17-3524", "A working, non-trivial, topically indifferent NLG System for 17 languages", ["Robert Weißgraeber", "Andreas Madsack"],
            "Proceedings of the 10th International Conference on Natural Language Generation", true),
    ];

    [Fact]
    public void Parse_RealPage2021_ReadsEveryPaperExactly()
    {
        var html = Fixture.ReadShared("html/acl-people/andreas-madsack.2021-08-25.html", output);
        if (html is null)
        {
            return;
        }

        var document = PaperParser.Parse(html, Fixture.FixedOptions);

        AssertSubject(document, "andreas-madsack");
        AssertEntries(document, s_2021Entries);
        Assert.All(document.Papers, p => Assert.Equal([LinkKind.Pdf, LinkKind.Bibtex], p.Links.Select(l => l.Kind)));
        Assert.StartsWith("This paper describes the AX Semantics’ submission", document.Papers[0].Abstract!.Text, StringComparison.Ordinal);
        Assert.EndsWith("to facilitate easy operation and reuse.", document.Papers[0].Abstract!.Text, StringComparison.Ordinal);
        AssertOnlyTheMissingAbstractIsReported(document, "K18-3004");
    }

    [Fact]
    public void Parse_RealPage2026_ReadsEveryPaperExactly()
    {
        var html = Fixture.ReadShared("html/acl-people/andreas-madsack.2026-07-03.html", output);
        if (html is null)
        {
            return;
        }

        var document = PaperParser.Parse(html, Fixture.FixedOptions);

        AssertSubject(document, "andreas-madsack/unverified");
        (int, string, string, string[], string, bool) first = (2022, "2022.in2writing-1.1", "Data-to-text systems as writing environment",
            ["Adela Schneider", "Andreas Madsack", "Johanna Heininger", "Ching-Yi Chen", "Robert Weißgraeber"],
            "Proceedings of the First Workshop on Intelligent and Interactive Writing Assistants (In2Writing 2022)", true);
        // The 2026 site lists the 2018 papers in another order.
        AssertEntries(document, [first, s_2021Entries[0], s_2021Entries[2], s_2021Entries[1], s_2021Entries[3], s_2021Entries[4]]);

        // The video is an icon without text: only the markup shows it.
        Assert.Equal(
            [new Link { Kind = LinkKind.Pdf, Url = Acl + "2022.in2writing-1.1.pdf" }, new Link { Kind = LinkKind.Bibtex, Url = Acl + "2022.in2writing-1.1.bib" },
                new Link { Kind = LinkKind.Video, Url = Acl + "2022.in2writing-1.1.mp4" }],
            document.Papers[0].Links);
        Assert.Equal(("In2Writing", VenueKind.Workshop, 2022), (document.Papers[0].Venue!.Acronym, document.Papers[0].Venue!.Kind, document.Papers[0].Venue!.Year));
        Assert.EndsWith("writing environment are then derived.", document.Papers[0].Abstract!.Text, StringComparison.Ordinal);
        Assert.EndsWith("in any language and for any topic.", document.Papers[^1].Abstract!.Text, StringComparison.Ordinal);
        AssertOnlyTheMissingAbstractIsReported(document, "K18-3004");
    }

    [Fact]
    public void Parse_OwnPage2021Design_MatchesGoldenJson()
    {
        var document = PaperParser.Parse(Fixture.Read("Html/AclAnthology/author-2021.html"), Fixture.FixedOptions);

        Golden.Verify(document, "Golden/Html/AclAnthology/author-2021.json");
    }

    [Fact]
    public void Parse_OwnPage2026Design_MatchesGoldenJson()
    {
        var document = PaperParser.Parse(Fixture.Read("Html/AclAnthology/author-2026.html"), Fixture.FixedOptions);

        Golden.Verify(document, "Golden/Html/AclAnthology/author-2026.json");
    }

    [Fact]
    public void Parse_OwnPage2026Design_ReadsIdsLinksAndVariants()
    {
        var document = PaperParser.Parse(Fixture.Read("Html/AclAnthology/author-2026.html"), Fixture.FixedOptions);

        Assert.Equal("Pieter van der Berg", document.Subject!.Name.Written);
        Assert.Equal(["Pieter van den Berg", "P. van der Berg"], document.Subject.NameVariants.Select(n => n.Written));
        Assert.Equal([new Identifier(IdentifierSchemes.AclAnthology, "pieter-van-der-berg")], document.Subject.Identifiers);
        Assert.Equal(["2024.cl-2.4", "2024.findings-acl.301", "2023.eacl-main.12"], document.Papers.Select(p => p.Identifiers.Single().Value));
        Assert.Equal("Counting & Measuring: Numbers in Dutch Parliamentary Debates", document.Papers[2].Title);
        Assert.Equal([LinkKind.Pdf, LinkKind.Bibtex, LinkKind.Video], document.Papers[0].Links.Select(l => l.Kind));
        Assert.Equal([LinkKind.Pdf, LinkKind.Bibtex], document.Papers[1].Links.Select(l => l.Kind));
    }

    [Fact]
    public void Parse_StrippedPage_ReadsTheTextWithoutMarkupExtras()
    {
        var document = PaperParser.Parse(Fixture.Read("Html/AclAnthology/author-stripped.html"), Fixture.FixedOptions);

        Assert.Equal(AclAnthologyAuthorFormat.FormatId, document.FormatId);
        Assert.Equal("Mihyeon Kim", document.Subject!.Name.Written);
        Assert.Equal(["See-Saw Modality Balance", "Focus on the Core: Efficient Attention via Pruned Token Compression for Document Classification"],
            document.Papers.Select(p => p.Title));
        Assert.Equal("Vision-language models often rely on one modality. We propose BalGrad.", document.Papers[0].Abstract!.Text);
        // No link row class: the markup adds nothing, the links stay labels.
        Assert.All(document.Papers, p => Assert.Empty(p.Identifiers));
        Assert.All(document.Papers.SelectMany(p => p.Links), l => Assert.Null(l.Url));
    }

    [Fact]
    public void Parse_EntryTheTextReadsDifferently_IsReportedAsACountMismatch()
    {
        // A line break inside the title: the text splits it, the markup has it whole; they cannot be paired.
        var html = Fixture.Read("Html/AclAnthology/author-2026.html")
            .Replace(">Annotation Disagreement Is Signal, Not Noise<", ">Annotation Disagreement<br>Is Signal, Not Noise<", StringComparison.Ordinal);

        var document = PaperParser.Parse(html, Fixture.FixedOptions);

        Assert.Equal(3, document.Papers.Count);
        Assert.Empty(document.Papers[0].Identifiers);
        Assert.All(document.Papers.Skip(1), p => Assert.Single(p.Identifiers));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.CountMismatch && d.Message.Contains("3 entries", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EntryHiddenInTheMarkup_IsNeitherReadNorReported()
    {
        const string Entry = "<div class=\"d-sm-flex align-items-stretch mb-3\">";
        var html = Fixture.Read("Html/AclAnthology/author-2026.html");
        var first = html.IndexOf(Entry, StringComparison.Ordinal);
        html = string.Concat(html.AsSpan(0, first), "<div class=\"d-sm-flex align-items-stretch mb-3\" hidden>", html.AsSpan(first + Entry.Length));

        var document = PaperParser.Parse(html, Fixture.FixedOptions);

        Assert.Equal(2, document.Papers.Count);
        Assert.All(document.Papers, p => Assert.Single(p.Identifiers));
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.CountMismatch);
    }

    [Theory]
    [InlineData("/people/a/andreas-madsack/", "andreas-madsack")]
    [InlineData("/people/andreas-madsack/unverified/", "andreas-madsack/unverified")]
    [InlineData("https://aclanthology.org/people/radu-florian/", "radu-florian")]
    [InlineData("https://example.org/people/x/", null)]
    [InlineData("/volumes/W19-42/", null)]
    [InlineData("/people/", null)]
    public void PersonId_ReadsBothSiteDesigns(string href, string? expected)
    {
        Assert.Equal(expected, AclAnthologyAuthorMarkup.PersonId(href));
    }

    [Theory]
    [InlineData("/W19-4201/", "W19-4201")]
    [InlineData("/2022.in2writing-1.1/", "2022.in2writing-1.1")]
    [InlineData("https://aclanthology.org/N04-1001/", "N04-1001")]
    [InlineData("/volumes/W19-42/", null)]
    [InlineData("https://example.org/W19-4201/", null)]
    public void PaperId_ReadsTheTitleLink(string href, string? expected)
    {
        Assert.Equal(expected, AclAnthologyAuthorMarkup.PaperId(href));
    }

    [Theory]
    [InlineData("pdf bib abs Annotation Disagreement Is Signal", 11)]
    [InlineData("pdf bib Low-Resource Dialect Identification", 7)]
    [InlineData("pdf bib abs", 0)]
    [InlineData("pdf Annotation Disagreement", 0)]
    [InlineData("Data for the people", 0)]
    public void LeadingMarkersLength_FindsALinkRowGluedToItsTitle(string line, int expected)
    {
        Assert.Equal(expected, AclAnthologyAuthorFormat.LeadingMarkersLength(line));
    }

    private static void AssertSubject(ParsedDocument document, string personId)
    {
        Assert.Equal(AclAnthologyAuthorFormat.FormatId, document.FormatId);
        Assert.Equal("Andreas Madsack", document.Subject!.Name.Written);
        Assert.Empty(document.Subject.NameVariants);
        Assert.Equal([new Identifier(IdentifierSchemes.AclAnthology, personId)], document.Subject.Identifiers);
    }

    private static void AssertEntries(ParsedDocument document, (int Year, string Id, string Title, string[] Authors, string Venue, bool HasAbstract)[] expected)
    {
        Assert.Equal(expected.Length, document.Papers.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var (year, id, title, authors, venue, hasAbstract) = expected[i];
            var paper = document.Papers[i];
            Assert.Equal(title, paper.Title);
            Assert.Equal(authors, paper.Authors.Select(a => a.Written));
            Assert.Equal(venue, paper.Venue!.Name);
            Assert.Equal(PublicationDate.FromYear(year), paper.Date);
            Assert.Equal(hasAbstract, paper.Abstract is not null);
            Assert.False(paper.Abstract?.IsTruncated ?? false);
            Assert.Equal([new Identifier(IdentifierSchemes.AclAnthology, id)], paper.Identifiers);
            Assert.Equal(Acl + id + ".pdf", paper.Links.Single(l => l.Kind == LinkKind.Pdf).Url);
            Assert.Equal(Acl + id + ".bib", paper.Links.Single(l => l.Kind == LinkKind.Bibtex).Url);
        }
    }

    private static void AssertOnlyTheMissingAbstractIsReported(ParsedDocument document, string paperId)
    {
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingAbstract, diagnostic.Code);
        var paper = document.Papers.Single(p => p.Identifiers[0].Value == paperId);
        Assert.Equal(paper.Source!.Lines!.Value.StartLine, diagnostic.Line);
    }
}
