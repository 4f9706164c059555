using Scholarly.Parsing.Formats.AclAnthology;
using Scholarly.Parsing.Formats.AclAnthologyXml;
using Scholarly.Parsing.Formats.ResearcherProfile;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Serialization;

namespace Scholarly.Parsing.Tests.Pipeline;

/// <summary>
/// Inputs the property tests (<see cref="HostileInputPropertyTests"/>) and the fuzzer (tests/Scholarly.Parsing.Fuzz)
/// found to break a contract, kept so the bug cannot come back.
/// </summary>
public sealed class HostileInputRegressionTests
{
    // Found by the property tests (seed a4vTIUWZOqZ2): a diagnostic quoting a line cut it after 57 characters,
    // between the halves of a surrogate pair; the lone half became U+FFFD in JSON, so the document did not round-trip.
    [Theory]
    [InlineData(AclAnthologyAuthorFormat.FormatId, "Mihyeon Kim\n\n2023\n\npdf bib\n{0}\nMihyeon Kim\nFindings of EMNLP 2023\n")]
    [InlineData(ResearcherProfileFormat.FormatId, "Mihyeon Kim\nCL\n46papers\nCVMar 26, 2023Code\n{0}\n")]
    public void Parse_LongLineWithAnEmojiAtTheQuoteLimit_RoundTripsThroughJson(string formatId, string template)
    {
        for (var at = 54; at <= 60; at++)
        {
            var line = new string('x', at) + "😀" + new string('y', 30);
            var document = PaperParser.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, line), formatId);

            Assert.Equal(document, ScholarlyJson.Deserialize<ParsedDocument>(ScholarlyJson.Serialize(document)));
        }
    }

    // Found by the property tests (seed 1icge6pgeZD1): the XML parser's error message decodes the character
    // reference it rejects, so the "malformed XML" diagnostic carried a lone surrogate that JSON cannot hold.
    [Theory]
    [InlineData("&#xD800;")]
    [InlineData("&#xDFFF;")]
    public void Parse_XmlWithASurrogateCharacterReference_RoundTripsThroughJson(string reference)
    {
        var xml = "<?xml version='1.0' encoding='UTF-8'?>\n<collection id=\"2099.demo\">\n  <volume id=\"1\">\n    <paper id=\"1\">\n      <title>A " + reference + " title</title>\n    </paper>\n  </volume>\n</collection>\n";

        var document = PaperParser.Parse(xml, AclAnthologyVolumeXmlFormat.FormatId);

        Assert.Contains(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(document, ScholarlyJson.Deserialize<ParsedDocument>(ScholarlyJson.Serialize(document)));
    }

    // Found by the property tests (seeds bjZ_hZ0BpYY2 and 1mcOwGQ-Yaj2): random characters in the head of a saved
    // page put lone surrogates into attributes the formats read from the DOM, past the rendered text's normalisation.
    [Theory]
    [InlineData("Html/GoogleScholar/profile-en.html", null)]
    [InlineData("Html/AclAnthology/author-2026.html", null)]
    [InlineData("Html/AclAnthology/paper-2024.html", null)]
    [InlineData("Html/Arxiv/abs-current.html", null)]
    [InlineData("Html/GoogleScholar/profile-en.html", "acl-anthology/author")]
    [InlineData("Html/AclAnthology/author-2026.html", "bibtex")]
    public void Parse_HtmlWithLoneSurrogatesInAttributes_RoundTripsThroughJson(string page, string? formatId)
    {
        var html = Support.Fixture.Read(page)
            .Replace("href=\"", "href=\"\uD800", StringComparison.Ordinal)
            .Replace("content=\"", "content=\"\uDC00", StringComparison.Ordinal)
            .Replace("<title>", "<title>\uD800", StringComparison.Ordinal)
            .Replace("id=\"", "id=\"\uDBFF", StringComparison.Ordinal);

        var document = formatId is null ? PaperParser.Parse(html) : PaperParser.Parse(html, formatId);

        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.InvalidCharacters);
        Assert.Equal(document, ScholarlyJson.Deserialize<ParsedDocument>(ScholarlyJson.Serialize(document)));
    }
}
