using System.Text.RegularExpressions;

namespace Scholarly.Parsing.Formats.PaperSummary;

/// <summary>
/// Tells whether a section's text is a site's notice that the section has nothing yet ("No public
/// reviews on file for this paper yet. If you reviewed it …, you can paste yours below") rather than
/// content. Every sentence must be such a notice or a call to add content, and at least one must say
/// that there is none, so a real review mentioning "no results" is not taken for a notice.
/// </summary>
internal static partial class NoContentNotice
{
    // Notices are a sentence or two; longer text is content.
    private const int MaxNoticeLength = 600;

    /// <summary>Whether the text is only a "nothing here yet" notice (with or without an invitation to add content).</summary>
    public static bool IsNotice(string text) => Classify(text, out var sawNone) && sawNone;

    /// <summary>
    /// Whether the text is only site boilerplate: notices that there is nothing and invitations to add
    /// something ("you can paste yours below"), which can stand among real entries.
    /// </summary>
    public static bool IsBoilerplate(string text) => Classify(text, out _);

    private static bool Classify(string text, out bool sawNone)
    {
        ArgumentNullException.ThrowIfNull(text);
        sawNone = false;
        if (text.Length == 0 || text.Length > MaxNoticeLength)
        {
            return false;
        }

        try
        {
            var any = false;
            foreach (var sentence in SentenceEnd().Split(text))
            {
                if (sentence.AsSpan().Trim().IsEmpty)
                {
                    continue;
                }

                any = true;
                if (NothingHere().IsMatch(sentence))
                {
                    sawNone = true;
                }
                else if (!CallToAction().IsMatch(sentence))
                {
                    return false;
                }
            }

            return any;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();

    // "No public reviews on file", "There are no videos yet", "Nothing here yet", "not been reviewed yet", "None yet".
    [GeneratedRegex(
        @"\b(?:(?:no|not\s+any|zero)\s+(?:\w+\s+){0,3}(?:reviews?|videos?|talks?|recordings?)\b"
        + @"|(?:nothing|none)\s+(?:here|yet|so\s+far|available|found|to\s+show|on\s+file)\b"
        + @"|(?:reviews?|videos?)\s+(?:are|is)\s+(?:not|un)\s*(?:yet\s+)?(?:available|published|public)\b"
        + @"|not\s+(?:yet\s+)?(?:been\s+)?(?:reviewed|recorded|published)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NothingHere();

    // "Be the first to review", "you can paste yours below", "sign in to add one". Narrow on purpose:
    // a review saying "please add a baseline" is content.
    [GeneratedRegex(
        @"\b(?:be\s+the\s+first\s+to|(?:paste|add|submit|share|upload|post)\s+yours|(?:sign|log)\s+in\s+to\s+(?:add|post|write|submit|review|comment|upload))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CallToAction();
}
