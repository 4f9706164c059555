using Scholarly.Parsing.Formats.AclAnthology;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats;

/// <summary>The formats of the default pipeline, in registration order (which breaks detection ties).</summary>
internal static class BuiltInFormats
{
    public static IFormatParser[] Create() =>
    [
        new AclAnthologyAuthorFormat(),
        new MultilingualPaper.MultilingualPaperFormat(),
        new PaperSummary.PaperSummaryFormat(),
    ];
}
