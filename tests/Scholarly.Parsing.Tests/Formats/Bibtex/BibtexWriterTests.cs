using Scholarly.Parsing.Formats.Bibtex;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.Bibtex;

public sealed class BibtexWriterTests
{
    private static PersonName Name(string given, string family) => new() { Written = given + " " + family, Given = given, Family = family };

    private static Paper ParseSingle(string bib) => Assert.Single(PaperParser.Parse(bib, BibtexFormat.FormatId, Fixture.FixedOptions).Papers);

    [Fact]
    public void Write_AclExport_RoundTripsEveryField()
    {
        var document = PaperParser.Parse(Fixture.Read("Bibtex/acl-im-bert.bib"), Fixture.FixedOptions);

        var bib = BibtexWriter.Write(document);
        var again = PaperParser.Parse(bib, Fixture.FixedOptions);

        Assert.Equal(document.Papers[0] with { Source = null, Abstract = document.Papers[0].Abstract! with { Raw = null } },
            again.Papers[0] with { Source = null, Abstract = again.Papers[0].Abstract! with { Raw = null } });
        Assert.StartsWith("@inproceedings{kim-etal-2024-im,\n    title = {{IM}-{BERT}: Enhancing Robustness of {BERT} through the Implicit Euler Method},\n", bib, StringComparison.Ordinal);
        Assert.Contains("    month = nov,\n    year = {2024},\n", bib, StringComparison.Ordinal);
        Assert.Contains("    pages = {16217--16229},\n", bib, StringComparison.Ordinal);
        Assert.Contains("approximately 8.3\\%p", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SeedPages_AllReadBackAsBibtex()
    {
        foreach (var seed in Directory.GetFiles(Path.Combine(Fixture.Directory, "Seeds"), "*.txt"))
        {
            var document = PaperParser.Parse(File.ReadAllText(seed), Fixture.FixedOptions);

            var again = PaperParser.Parse(BibtexWriter.Write(document), Fixture.FixedOptions);

            Assert.Equal(document.Papers.Count, again.Papers.Count);
            Assert.Equal(document.Papers.Select(p => p.Title), again.Papers.Select(p => p.Title));
            Assert.DoesNotContain(again.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        }
    }

    [Theory]
    [InlineData(3, "kim-etal-2024-im")]
    [InlineData(2, "kim-park-2024-im")]
    [InlineData(1, "kim-2024-im")]
    [InlineData(0, "anonymous-2024-im")]
    public void CreateCitationKey_AclStyle_DependsOnTheNumberOfAuthors(int authors, string expected)
    {
        var paper = new Paper
        {
            Title = "IM-BERT: Enhancing Robustness of BERT through the Implicit Euler Method",
            Authors = [.. new[] { Name("MiHyeon", "Kim"), Name("Juhyoung", "Park"), Name("YoungBin", "Kim") }.Take(authors)],
            Date = PublicationDate.FromYear(2024),
        };

        Assert.Equal(expected, BibtexWriter.CreateCitationKey(paper));
    }

    [Theory]
    [InlineData("Jörg", "Müller", null, "The Art of Computer Programming", "muller-1968-art")]
    [InlineData("Pieter", "Berg", "van der", "On a Theory", "van-der-berg-1968-theory")]
    [InlineData("Hans", "Straße", null, "À la carte: a study", "strasse-1968-la")]
    [InlineData("俊", "王", null, "的 研究", "anonymous-1968")]
    public void CreateCitationKey_FoldsNamesAndSkipsStopwords(string given, string family, string? particle, string title, string expected)
    {
        var paper = new Paper
        {
            Title = title,
            Authors = [new PersonName { Written = given + " " + family, Given = given, Family = family, Particle = particle }],
            Date = PublicationDate.FromYear(1968),
        };

        Assert.Equal(expected, BibtexWriter.CreateCitationKey(paper));
    }

    [Fact]
    public void Write_CollidingKeys_AreMadeUniqueDeterministically()
    {
        var paper = new Paper { Title = "Robust Parsing of Scholarly Pages", Authors = [Name("Ada", "Kim")], Date = PublicationDate.FromYear(2024) };
        var papers = new[] { paper, paper, paper, paper, paper, paper with { Identifiers = [new Identifier(IdentifierSchemes.Bibtex, "kim-2024-robust")] } };

        var bib = BibtexWriter.Write(papers);
        var keys = PaperParser.Parse(bib, Fixture.FixedOptions).Papers.Select(p => p.Identifiers[0].Value).ToList();

        Assert.Equal(["kim-2024-robust-parsing", "kim-2024-robust-parsing-scholarly", "kim-2024-robust-parsing-scholarly-pages", "kim-2024-robust-2", "kim-2024-robust-3", "kim-2024-robust"], keys);
        Assert.Equal(bib, BibtexWriter.Write(papers));
    }

    [Fact]
    public void Write_SpecialCharacters_AreEscapedAndReadBack()
    {
        const string title = "50% of C# & F# users_name cost $5 ~ a^b \\ {x} -- 1–2 — ``q'' “ok”";
        var paper = new Paper { Title = title, Identifiers = [new Identifier(IdentifierSchemes.Bibtex, "k")] };

        var bib = BibtexWriter.Write(paper);

        Assert.Contains(@"50\% of C\# \& F\# users\_name cost \$5 \textasciitilde{} a\textasciicircum{}b \textbackslash{} \{x\} -{}- 1--2 --- `{}`q'{}' “ok”", bib, StringComparison.Ordinal);
        Assert.Equal(title, ParseSingle(bib).Title);
    }

    [Fact]
    public void Write_Names_KeepTheirPartsThroughBibtexRules()
    {
        PersonName[] authors =
        [
            new() { Written = "Barack Obama", Family = "Barack Obama" },
            new() { Written = "Ludwig van Beethoven", Given = "Ludwig", Particle = "van", Family = "Beethoven" },
            new() { Written = "Henry Ford Jr.", Given = "Henry", Family = "Ford", Suffix = "Jr." },
            new() { Written = "Jan dos Santos", Given = "Jan", Family = "dos Santos" },
        ];
        var paper = new Paper { Title = "T", Authors = [.. authors], AuthorsTruncated = true };

        var bib = BibtexWriter.Write(paper);
        var again = ParseSingle(bib);

        Assert.Contains("author = {{Barack Obama} and Ludwig van Beethoven and Ford, Jr., Henry and {dos Santos}, Jan and others}", bib, StringComparison.Ordinal);
        Assert.True(again.AuthorsTruncated);
        Assert.Equal(authors.Select(a => (a.Given, a.Particle, a.Family, a.Suffix)), again.Authors.Select(a => (a.Given, a.Particle, a.Family, a.Suffix)));
    }

    [Fact]
    public void Write_FieldOrder_IsCanonical()
    {
        var paper = new Paper
        {
            Title = "T",
            Authors = [Name("Ada", "Kim")],
            EntryType = "article",
            Venue = new Venue { Name = "Journal", Volume = "4", Issue = "3", Publisher = "P" },
            Date = PublicationDate.FromDate(2019, 2, 3),
            Pages = "169–188",
            Identifiers = [new Identifier(IdentifierSchemes.Doi, "10.1/x"), new Identifier(IdentifierSchemes.Arxiv, "1901.00001")],
            Links = [new Link { Kind = LinkKind.Page, Url = "https://example.org/x" }],
            Abstract = new PaperAbstract { Text = "A." },
            Keywords = ["a", "b"],
            ExtraFields = [new ExtraField("note", "N"), new ExtraField("issn", "1")],
        };

        var names = BibtexWriter.Write(paper).Split('\n').Skip(1).Where(l => l.Contains(" = ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(' ')[0]);

        Assert.Equal(["title", "author", "journal", "volume", "number", "month", "year", "day", "publisher", "url", "doi", "eprint", "archiveprefix", "pages", "abstract", "keywords", "note", "issn"], names);
    }

    [Fact]
    public void Write_PaperWithoutEntryType_ChoosesOneFromTheVenue()
    {
        Assert.StartsWith("@article{", BibtexWriter.Write(new Paper { Title = "T", Venue = new Venue { Name = "J", Kind = VenueKind.Journal } }), StringComparison.Ordinal);
        Assert.StartsWith("@inproceedings{", BibtexWriter.Write(new Paper { Title = "T", Venue = new Venue { Name = "F", Kind = VenueKind.Findings } }), StringComparison.Ordinal);
        Assert.StartsWith("@misc{", BibtexWriter.Write(new Paper { Title = "T" }), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UrlAndDoi_AreWrittenVerbatim()
    {
        var paper = new Paper
        {
            Title = "T",
            Identifiers = [new Identifier(IdentifierSchemes.Doi, "10.1002/(SICI)1097-4571_x{1}")],
            Links = [new Link { Kind = LinkKind.Page, Url = "https://example.org/~user/a_b%20c--d" }],
        };

        var bib = BibtexWriter.Write(paper);
        var again = ParseSingle(bib);

        Assert.Contains("url = {https://example.org/~user/a_b%20c--d}", bib, StringComparison.Ordinal);
        Assert.Equal(paper.Links, again.Links);
        Assert.Equal(paper.Identifiers[0], again.Identifiers[1]);
    }

    [Fact]
    public void Write_EmptyDocument_IsEmpty()
    {
        Assert.Equal("", BibtexWriter.Write(new ParsedDocument()));
    }
}
