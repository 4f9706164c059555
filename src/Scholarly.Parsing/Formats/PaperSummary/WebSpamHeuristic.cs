using System.Text.RegularExpressions;

namespace Scholarly.Parsing.Formats.PaperSummary;

/// <summary>
/// Tells whether an entry of a list of topics or methods is web spam that a site let in (for
/// example <c>Refunds@Expedia|||How do I get a full refund from Expedia?</c>) rather than a name.
/// </summary>
/// <remarks>
/// Method names are varied (<c>Attention Is All You Need</c>, <c>Precision@k</c>, <c>1x1 Convolution</c>),
/// so only signs that no method name carries count: an e-mail or brand-handle address, <c>|||</c>
/// separators, a web link, a phone number, advertising or customer-service wording, or an
/// implausible length. Weaker signs (a question, first-person help-desk phrasing) count only together.
/// </remarks>
internal static partial class WebSpamHeuristic
{
    // No method or topic name is longer; such an entry is a pasted text, not a name.
    private const int MaxNameLength = 150;

    private static readonly string[] s_advertising =
    [
        "refund", "refunds", "customer service", "customer care", "helpline", "help line", "hotline", "toll free",
        "toll-free", "call now", "call us", "contact number", "phone number", "support number", "promo code",
        "coupon", "discount code", "casino", "viagra", "click here", "whatsapp", "24/7", "24x7", "buy now",
        "for sale", "cancel my", "booking number", "flight change", "live agent", "live person",
    ];

    private static readonly string[] s_helpDesk = ["how do i", "how can i", "can i ", "my booking", "my account", "my flight", "my order"];

    /// <summary>Whether the entry looks like web spam.</summary>
    /// <param name="entry">The entry as written.</param>
    /// <param name="reason">The signs found, e.g. <c>an '@' address, '|||' separators</c>; empty when not spam.</param>
    public static bool IsSpam(string entry, out string reason)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var signs = new List<string>();
        if (entry.Length > MaxNameLength)
        {
            signs.Add($"{entry.Length} characters, too long for a name");
            reason = string.Join(", ", signs);
            return true;
        }

        try
        {
            if (EmailAddress().IsMatch(entry) || BrandHandle().IsMatch(entry))
            {
                signs.Add("an '@' address");
            }

            if (PhoneNumber().IsMatch(entry))
            {
                signs.Add("a phone number");
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological entry: the other signs still decide.
        }

        if (entry.Contains("|||", StringComparison.Ordinal))
        {
            signs.Add("'|||' separators");
        }

        if (entry.Contains("http://", StringComparison.OrdinalIgnoreCase) || entry.Contains("https://", StringComparison.OrdinalIgnoreCase)
            || entry.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            signs.Add("a web link");
        }

        foreach (var phrase in s_advertising)
        {
            if (ContainsPhrase(entry, phrase))
            {
                signs.Add($"advertising wording \"{phrase}\"");
                break;
            }
        }

        var strong = signs.Count;
        var weak = 0;
        if (entry.EndsWith('?'))
        {
            weak++;
        }

        foreach (var phrase in s_helpDesk)
        {
            if (ContainsPhrase(entry, phrase.TrimEnd()))
            {
                weak++;
                break;
            }
        }

        if (strong == 0 && weak >= 2)
        {
            signs.Add("a help-desk question");
        }

        reason = string.Join(", ", signs);
        return signs.Count > 0;
    }

    private static bool ContainsPhrase(string text, string phrase)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf(phrase, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            var end = at + phrase.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(phrase[0]);
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(phrase[^1]);
            if (startsWord && endsWord)
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    [GeneratedRegex(@"[\w.%+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailAddress();

    // "Refunds@Expedia": a word, '@', a capitalised brand; "Precision@k", "Recall@10", "Hits@1" are not matched.
    [GeneratedRegex(@"\p{L}{3,}@\p{Lu}\p{L}{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BrandHandle();

    // "+1-888-555-0199", "1 (800) 555-0123", "888.555.0199", "+44 20 7946 0958"; not "ResNet-101" or "2023".
    [GeneratedRegex(@"(?<![\w.])(?:\+\d{1,3}[\s.-]?(?:\(?\d{1,4}\)?[\s.-]?){2,4}\d{2,4}|(?:1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4})(?![\w.])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhoneNumber();
}
