using System.Reflection;
using Scholarly.Parsing.Benchmarks.Parsing;

namespace Scholarly.Parsing.Benchmarks.Html;

/// <summary>
/// The HTML pages measured: the saved real pages of the shared data folder (<c>../shared/data/html</c>,
/// read at run time and never copied into the repository; skipped with a message when absent) and the
/// test fixtures' own pages in the same markup (embedded, linked from the tests, always available).
/// </summary>
public static class HtmlPages
{
    private static readonly string[] s_sharedPages =
    [
        "acl-people/andreas-madsack.2021-08-25.html",
        "acl-people/andreas-madsack.2026-07-03.html",
        "acl-paper/N04-1001.html",
        "arxiv/abs_2004.10162.html",
        "google-scholar/profile_P1RwlvoAAAAJ.html",
    ];

    public static IEnumerable<ParseInput> All()
    {
        var shared = FindSharedHtml();
        if (shared is null)
        {
            Console.WriteLine("HtmlPages: ../shared/data/html not found; measuring the embedded fixture pages only.");
        }
        else
        {
            foreach (var page in s_sharedPages)
            {
                var path = Path.Combine(shared, page);
                if (File.Exists(path))
                {
                    yield return new ParseInput("real " + Path.GetFileNameWithoutExtension(page), File.ReadAllText(path));
                }
            }
        }

        var assembly = typeof(HtmlPages).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Html/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return new ParseInput("own " + Path.GetFileNameWithoutExtension(resource), Read(assembly, resource));
        }
    }

    private static string? FindSharedHtml()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "html");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded page {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
