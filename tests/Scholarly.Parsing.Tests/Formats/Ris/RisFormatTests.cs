using System.Text;
using Scholarly.Parsing.Formats.Ris;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.Ris;

public sealed class RisFormatTests
{
    private static ParsedDocument Parse(string text) => PaperParser.Parse(text, RisFormat.FormatId, Fixture.FixedOptions);

    [Fact]
    public void Parse_ExportWithEveryCommonTag_ReadsTheModel()
    {
        using var stream = File.OpenRead(Path.Combine(Fixture.Directory, "Ris/zotero-style.ris"));
        var document = PaperParser.Parse(stream, Fixture.FixedOptions);

        Assert.Equal(RisFormat.FormatId, document.FormatId);
        Assert.Equal(3, document.Papers.Count);
        var paper = document.Papers[0];
        Assert.Equal("IM-BERT: Enhancing Robustness of BERT through the Implicit Euler Method", paper.Title);
        Assert.Equal("inproceedings", paper.EntryType);
        Assert.Equal(["Kim", "Park", "Berg", "Ford"], paper.Authors.Select(a => a.Family));
        Assert.Equal("van der", paper.Authors[2].Particle);
        Assert.Equal("Jr.", paper.Authors[3].Suffix);
        Assert.Equal(PublicationDate.FromDate(2024, 11, 12), paper.Date);
        Assert.Equal("16217–16229", paper.Pages);
        Assert.Equal(VenueKind.Conference, paper.Venue?.Kind);
        Assert.Equal("Association for Computational Linguistics", paper.Venue?.Publisher);
        Assert.Equal([new Identifier(IdentifierSchemes.Doi, "10.18653/v1/2024.emnlp-main.907")], paper.Identifiers);
        Assert.Equal(["https://aclanthology.org/2024.emnlp-main.907/", "https://arxiv.org/abs/2505.06889"], paper.Links.Select(l => l.Url));
        Assert.Equal("Pre-trained Language Models (PLMs) have achieved remarkable performance on diverse NLP tasks through pre-training and fine-tuning.", paper.Abstract?.Text);
        Assert.Equal(["robustness", "adversarial attacks"], paper.Keywords);
        Assert.Equal([new ExtraField("CY", "Miami, Florida, USA"), new ExtraField("M3", "Conference paper"), new ExtraField("ZZ", "an unknown tag")], paper.ExtraFields);
    }

    [Fact]
    public void Parse_RecordWithoutEnd_EndsAtTheNextRecordWithAWarning()
    {
        var document = PaperParser.Parse(Fixture.Read("Ris/zotero-style.ris"), Fixture.FixedOptions);

        var second = document.Papers[1];
        Assert.Equal("A record without an end tag", second.Title);
        Assert.Equal("Fanning", second.Authors[0].Family);
        Assert.Equal("E.", second.Authors[0].Given);
        Assert.Equal(PublicationDate.FromDate(2020, 3, 18), second.Date);
        var truncated = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.TruncatedEntry);
        Assert.Equal(26, truncated.Line);
        Assert.Equal(new LineSpan(26, 33), second.Source?.Lines);
    }

    [Fact]
    public void Parse_UnknownType_IsMiscWithTheTypeKept()
    {
        var paper = PaperParser.Parse(Fixture.Read("Ris/zotero-style.ris"), Fixture.FixedOptions).Papers[2];

        Assert.Equal("misc", paper.EntryType);
        Assert.Equal([new ExtraField("TY", "ABST")], paper.ExtraFields);
        Assert.Equal(2019, paper.Date?.Year);
    }

    [Fact]
    public void Parse_ByteOrderMarkAndLeadingBlankLines_AreIgnored()
    {
        var paper = Assert.Single(Parse("\uFEFF\n\n\nTY  - JOUR\nTI  - T\nER  - \n").Papers);

        Assert.Equal("T", paper.Title);
        Assert.Equal("article", paper.EntryType);
    }

    [Fact]
    public void Parse_StreamWithByteOrderMark_IsRead()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("TY  - JOUR\nDO  - 10.1186/x\nER  - \n")]);

        var document = PaperParser.Parse(stream, Fixture.FixedOptions);

        Assert.Equal(RisFormat.FormatId, document.FormatId);
        Assert.Equal("10.1186/x", Assert.Single(document.Papers).Identifiers[0].Value);
    }

    [Theory]
    [InlineData("1948/07//", 1948, 7, null)]
    [InlineData("2014//", 2014, null, null)]
    [InlineData("2009", 2009, null, null)]
    [InlineData("2024/11/12/spring", 2024, 11, 12)]
    [InlineData("2019-03-18", 2019, 3, 18)]
    public void Parse_Dates_AreRead(string value, int year, int? month, int? day)
    {
        var paper = Assert.Single(Parse($"TY  - JOUR\nPY  - {value}\nER  - \n").Papers);

        Assert.Equal(new PublicationDate { Year = year, Month = month, Day = day }, paper.Date);
    }

    [Fact]
    public void Parse_YearOnlyPyWithPreciseDa_TakesTheDa()
    {
        Assert.Equal(PublicationDate.FromDate(2009, 3, 18), Assert.Single(Parse("TY  - JOUR\nPY  - 2009\nDA  - 2009/03/18\nER  - \n").Papers).Date);
    }

    [Fact]
    public void Parse_UnreadableDate_IsKeptAndReported()
    {
        var document = Parse("TY  - JOUR\nPY  - in press\nER  - \n");

        Assert.Null(document.Papers[0].Date);
        Assert.Equal([new ExtraField("PY", "in press")], document.Papers[0].ExtraFields);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.MalformedDate && d.Line == 2);
    }

    [Fact]
    public void Parse_WebOfScienceExport_IsRead()
    {
        const string text = "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Kim, M\n   Park, J\nAF Kim, MiHyeon\n   Park, Juhyoung\nTI A long\n   title\nSO EMNLP\nDE robustness; BERT;\n   euler\nPY 2024\nPD NOV 12\nBP 1\nEP 10\nDI 10.1/x\nUT WOS:1\nER\n\nEF\n";

        var document = PaperParser.Parse(text, Fixture.FixedOptions);

        Assert.Equal(RisFormat.FormatId, document.FormatId);
        var paper = Assert.Single(document.Papers);
        Assert.Equal("A long title", paper.Title);
        Assert.Equal(["MiHyeon", "Juhyoung"], paper.Authors.Select(a => a.Given));
        Assert.Equal(PublicationDate.FromDate(2024, 11, 12), paper.Date);
        Assert.Equal(["robustness", "BERT", "euler"], paper.Keywords);
        Assert.Equal("1–10", paper.Pages);
        Assert.Contains(new ExtraField("UT", "WOS:1"), paper.ExtraFields);
    }
}
