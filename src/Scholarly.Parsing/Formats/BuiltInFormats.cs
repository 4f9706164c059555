using Scholarly.Parsing.Formats.AclAnthology;
using Scholarly.Parsing.Formats.AclAnthologyXml;
using Scholarly.Parsing.Formats.Arxiv;
using Scholarly.Parsing.Formats.Bibtex;
using Scholarly.Parsing.Formats.GoogleScholar;
using Scholarly.Parsing.Formats.MultilingualPaper;
using Scholarly.Parsing.Formats.PaperSummary;
using Scholarly.Parsing.Formats.ResearcherProfile;
using Scholarly.Parsing.Formats.Ris;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats;

/// <summary>The formats of the default pipeline, in registration order (which breaks detection ties).</summary>
internal static class BuiltInFormats
{
    public static IFormatParser[] Create() =>
    [
        new AclAnthologyAuthorFormat(),
        new AclAnthologyPaperFormat(),
        new ArxivAbstractFormat(),
        new GoogleScholarProfileFormat(),
        new ResearcherProfileFormat(),
        new MultilingualPaperFormat(),
        new PaperSummaryFormat(),
        new BibtexFormat(),
        new RisFormat(),
        new AclAnthologyVolumeXmlFormat(),
    ];
}
