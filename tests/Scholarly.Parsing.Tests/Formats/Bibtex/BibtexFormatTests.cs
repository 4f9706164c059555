using Scholarly.Parsing.Formats.Bibtex;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.Bibtex;

public sealed class BibtexFormatTests
{
    private static ParsedDocument Parse(string text) => PaperParser.Parse(text, BibtexFormat.FormatId, Fixture.FixedOptions);

    private static Paper Single(string text) => Assert.Single(Parse(text).Papers);

    [Fact]
    public void Parse_AclAnthologyExport_ReadsEveryField()
    {
        var document = PaperParser.Parse(Fixture.Read("Bibtex/acl-im-bert.bib"), Fixture.FixedOptions);

        Assert.Equal(BibtexFormat.FormatId, document.FormatId);
        Assert.Empty(document.Diagnostics);
        var paper = Assert.Single(document.Papers);
        Assert.Equal("IM-BERT: Enhancing Robustness of BERT through the Implicit Euler Method", paper.Title);
        Assert.Equal(["IM", "BERT"], paper.ProtectedTitleSpans);
        Assert.Equal(["Kim", "Park", "Kim"], paper.Authors.Select(a => a.Family));
        Assert.Equal(["MiHyeon", "Juhyoung", "YoungBin"], paper.Authors.Select(a => a.Given));
        Assert.Equal("inproceedings", paper.EntryType);
        Assert.Equal(VenueKind.Conference, paper.Venue?.Kind);
        Assert.Equal("Association for Computational Linguistics", paper.Venue?.Publisher);
        Assert.Equal(PublicationDate.FromYear(2024) with { Month = 11 }, paper.Date);
        Assert.Equal("16217–16229", paper.Pages);
        Assert.Contains(new Identifier(IdentifierSchemes.Bibtex, "kim-etal-2024-im"), paper.Identifiers);
        Assert.Contains(new Identifier(IdentifierSchemes.Doi, "10.18653/v1/2024.emnlp-main.907"), paper.Identifiers);
        Assert.Equal("https://aclanthology.org/2024.emnlp-main.907/", Assert.Single(paper.Links).Url);
        Assert.Contains("approximately 8.3%p on the AdvGLUE", paper.Abstract?.Text, StringComparison.Ordinal);
        Assert.Contains("BERT's layers", paper.Abstract?.Text, StringComparison.Ordinal);
        Assert.Equal(["editor", "address"], paper.ExtraFields.Select(f => f.Name));
    }

    [Theory]
    [InlineData("Donald E. Knuth", "Donald E.", null, "Knuth", null)]
    [InlineData("Ludwig van Beethoven", "Ludwig", "van", "Beethoven", null)]
    [InlineData("van Beethoven, Ludwig", "Ludwig", "van", "Beethoven", null)]
    [InlineData("de la Fuente, Lucía", "Lucía", "de la", "Fuente", null)]
    [InlineData("Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin", "Charles Louis Xavier Joseph", "de la", "Vallée Poussin", null)]
    [InlineData("Ford, Jr., Henry", "Henry", null, "Ford", "Jr.")]
    [InlineData("von Last, Jr, First", "First", "von", "Last", "Jr")]
    [InlineData("{Barack Obama}", null, null, "Barack Obama", null)]
    [InlineData("{\\\"O}zt{\\\"u}rk, {\\c{S}}eyma", "Şeyma", null, "Öztürk", null)]
    [InlineData("J{\\\"o}rg M{\\\"u}ller", "Jörg", null, "Müller", null)]
    [InlineData("Aristotle", null, null, "Aristotle", null)]
    [InlineData("jean de la fontaine", "", "jean de la", "fontaine", null)]
    public void Parse_AuthorName_FollowsBibtexNameRules(string written, string? given, string? particle, string family, string? suffix)
    {
        var name = Assert.Single(Single($"@misc{{k, author = {{{written}}}}}").Authors);

        Assert.Equal(given is "" ? null : given, name.Given);
        Assert.Equal(particle, name.Particle);
        Assert.Equal(family, name.Family);
        Assert.Equal(suffix, name.Suffix);
        Assert.False(name.IsSplitGuessed);
    }

    [Fact]
    public void Parse_AuthorList_SplitsOnAndInAnyCaseButNotInsideBraces()
    {
        var paper = Single("@book{b, author = {Bird, R.B. and Armstrong, R.C. AND Hassager, O. and {Barnes and Noble} and others}}");

        Assert.Equal(["Bird", "Armstrong", "Hassager", "Barnes and Noble"], paper.Authors.Select(a => a.Family));
        Assert.True(paper.AuthorsTruncated);
    }

    [Fact]
    public void Parse_LatexInValues_BecomesUnicode()
    {
        var paper = Single(@"@article{k, title = {{\""u}ber {\ss} \v{c}a \'{e}t\'e 1--2~3 $\alpha^{2}$ 50\%}, journal = {J}}");

        Assert.Equal("über ß ča été 1–2 3 α² 50%", paper.Title);
    }

    [Fact]
    public void Parse_StringMacrosAndConcatenation_AreExpanded()
    {
        var paper = Single("""
            @string{first = "Jean"}
            @STRING ( last = {C{\'e}sar} )
            @string{conf = "Proc. of " # first}
            @inproceedings{k, author = first # " " # last, booktitle = conf # { 2013}, month = "jan", year = 2013, title = "T"}
            """);

        Assert.Equal("Jean César", paper.Authors[0].Written);
        Assert.Equal("Proc. of Jean 2013", paper.Venue?.Name);
        Assert.Equal(1, paper.Date?.Month);
    }

    [Theory]
    [InlineData("month = jan", 1)]
    [InlineData("month = dec", 12)]
    [InlineData("month = {February}", 2)]
    [InlineData("month = \"sep\"", 9)]
    [InlineData("month = {Oct.}", 10)]
    [InlineData("month = 7", 7)]
    public void Parse_Month_IsReadFromMacrosNamesAndNumbers(string month, int expected)
    {
        Assert.Equal(expected, Single($"@misc{{k, year = 2020, {month}}}").Date?.Month);
    }

    [Fact]
    public void Parse_BiblatexDate_IsReadWhenThereIsNoYear()
    {
        Assert.Equal(PublicationDate.FromDate(2009, 8, 21), Single("@misc{k, date = {2009-08-21/2009-08-24}}").Date);
    }

    [Fact]
    public void Parse_UnknownTypeAndFields_AreKept()
    {
        var paper = Single("@wrong{foo, author = {wrong}, strange_field = {val}, author+an = {1=highlight}, Dc.Date = {2004-01}}");

        Assert.Equal("wrong", paper.EntryType);
        Assert.Equal(
            [new ExtraField("strange_field", "val"), new ExtraField("author+an", "1=highlight"), new ExtraField("dc.date", "2004-01")],
            paper.ExtraFields);
    }

    [Fact]
    public void Parse_CommentsPreamblesAndTextOutsideEntries_AreSkipped()
    {
        var document = Parse("""
            % a comment @article{fake, title={x}}
            @comment{ignore {this} @misc{no, title = {no}} }
            @preamble{ "\makeatletter" }
            Loose text with an e-mail@example.org address.
            @misc{real, title = {Real}}
            """);

        Assert.Equal("Real", Assert.Single(document.Papers).Title);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Parse_ParenthesisedEntryAndCommaFirstStyle_AreRead()
    {
        var document = Parse("@article(a, title = {One (1)}, year = 2001)\n@book{b\n , title = {Two}\n , year = {2002}\n}");

        Assert.Equal(["One (1)", "Two"], document.Papers.Select(p => p.Title));
        Assert.Equal([2001, 2002], document.Papers.Select(p => p.Date?.Year ?? 0));
    }

    [Fact]
    public void Parse_Crossref_InheritsMissingFieldsThroughCascades()
    {
        var document = Parse("""
            @inproceedings{child, title = {Child}, crossref = {middle}}
            @proceedings{middle, title = {Middle Proceedings}, crossref = {top}}
            @proceedings{top, title = {Top}, publisher = {ACL}, year = {2020}}
            """);

        var child = document.Papers[0];
        Assert.Equal("Child", child.Title);
        Assert.Equal("Middle Proceedings", child.Venue?.Name);
        Assert.Equal("ACL", child.Venue?.Publisher);
        Assert.Equal(2020, child.Date?.Year);
        Assert.Equal("Top", document.Papers[1].Venue?.Name);
    }

    [Fact]
    public void Parse_CrossrefCycleAndMissingTarget_AreReportedWithLines()
    {
        var document = Parse("@book{a, crossref = {b}}\n@book{b, crossref = {a}, year = 1911}\n@book{c,\n crossref = {missing}}");

        var unresolved = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnresolvedReference).ToList();
        Assert.Equal(2, unresolved.Count);
        Assert.Contains(unresolved, d => d.Message.Contains("cycle", StringComparison.Ordinal) && d.Line == 2);
        Assert.Contains(unresolved, d => d.Message.Contains("missing", StringComparison.Ordinal) && d.Line == 4);
        Assert.Equal(3, document.Papers.Count);
        Assert.Equal(1911, document.Papers[0].Date?.Year);
    }

    [Fact]
    public void Parse_CrossrefToAnAlias_IsResolved()
    {
        var document = Parse("@mvbook{p, ids = {palias}, publisher = {Pub}}\n@book{c, title = {C}, crossref = {palias}}");

        Assert.Equal("Pub", document.Papers[1].Venue?.Publisher);
    }

    [Fact]
    public void Parse_ArxivEprint_BecomesAnIdentifier()
    {
        var paper = Single("@misc{k, eprint = {2505.06889}, archivePrefix = {arXiv}, primaryClass = {cs.CL}, doi = {https://doi.org/10.1/x\\_y}}");

        Assert.Equal(
            [new Identifier(IdentifierSchemes.Bibtex, "k"), new Identifier(IdentifierSchemes.Doi, "10.1/x_y"), new Identifier(IdentifierSchemes.Arxiv, "2505.06889")],
            paper.Identifiers);
        Assert.Equal([new ExtraField("primaryclass", "cs.CL")], paper.ExtraFields);
    }

    [Fact]
    public void Parse_ByteOrderMarkAndLeadingWhitespace_AreIgnored()
    {
        Assert.Equal("T", Single("\uFEFF   @misc{k, title = {T}}").Title);
    }
}
