using System.Text.RegularExpressions;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Formats.ResearcherProfile;

/// <summary>
/// Finds the links in an abstract (plain URLs and the targets of <c>\url{…}</c> and <c>\href{…}{…}</c>)
/// and says what each points to: code hosts give <see cref="LinkKind.Code"/>, data hosts
/// <see cref="LinkKind.Data"/>, anything else <see cref="LinkKind.Page"/>.
/// </summary>
/// <remarks>
/// The raw text is scanned, so link targets hidden behind <c>\href</c> text are found too. A URL ends at
/// whitespace or a LaTeX brace or backslash; trailing sentence punctuation is not part of it. Bare
/// <c>www.</c> and code-host addresses get an <c>https://</c> scheme. anonymous.4open.science (an
/// anonymised GitHub mirror used for double-blind review) counts as a code host.
/// </remarks>
internal static partial class AbstractLinks
{
    private static readonly string[] s_codeHosts =
        ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sourceforge.net", "anonymous.4open.science", "huggingface.co", "hf.co"];

    private static readonly string[] s_dataHosts =
        ["zenodo.org", "figshare.com", "data.mendeley.com", "dataverse.harvard.edu", "osf.io"];

    /// <summary>The links in a text, in order of appearance, without duplicates.</summary>
    public static List<Link> Find(string text)
    {
        var links = new List<Link>();
        if (!text.Contains("http", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            && !text.Contains(".co", StringComparison.OrdinalIgnoreCase)
            && !text.Contains(".org", StringComparison.OrdinalIgnoreCase))
        {
            return links;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var match in UrlPattern().EnumerateMatches(text))
            {
                var url = TrimTrailing(text.AsSpan(match.Index, match.Length)).ToString();
                if (!url.Contains("://", StringComparison.Ordinal))
                {
                    url = "https://" + url;
                }

                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || !uri.Host.Contains('.', StringComparison.Ordinal))
                {
                    continue;
                }

                if (seen.Add(url.TrimEnd('/')))
                {
                    links.Add(new Link { Kind = Classify(uri), Url = url });
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Hostile text must not cost the whole page: keep the links found so far.
        }

        return links;
    }

    private static LinkKind Classify(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var path = uri.AbsolutePath;
        if (host is "huggingface.co" or "hf.co" && path.StartsWith("/datasets/", StringComparison.OrdinalIgnoreCase)
            || host is "kaggle.com" && path.StartsWith("/datasets/", StringComparison.OrdinalIgnoreCase)
            || IsHost(host, s_dataHosts))
        {
            return LinkKind.Data;
        }

        if (host is "huggingface.co" or "hf.co" && path.StartsWith("/spaces/", StringComparison.OrdinalIgnoreCase))
        {
            // A Space is a hosted demo: a page about the work rather than its code.
            return LinkKind.Page;
        }

        return IsHost(host, s_codeHosts) ? LinkKind.Code : LinkKind.Page;
    }

    // The host itself, not a subdomain such as "user.github.io" (a project page) or "gist.github.com".
    private static bool IsHost(string host, string[] hosts) => Array.IndexOf(hosts, host) >= 0;

    private static ReadOnlySpan<char> TrimTrailing(ReadOnlySpan<char> url)
    {
        while (url.Length > 0)
        {
            var last = url[^1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '*')
            {
                url = url[..^1];
            }
            else if (last is ')' && url.Count('(') < url.Count(')')
                || last is ']' && url.Count('[') < url.Count(']'))
            {
                // A closing bracket belongs to the URL only when the URL opened it.
                url = url[..^1];
            }
            else
            {
                break;
            }
        }

        return url;
    }

    [GeneratedRegex(@"(?<![\w/.@-])(?:https?://|www\.|(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co)/)[^\s{}\\<>""$]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlPattern();
}
