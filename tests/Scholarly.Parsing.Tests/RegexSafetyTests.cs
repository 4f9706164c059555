using System.Reflection;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests;

/// <summary>
/// Every regular expression in the library is bounded: it has a match timeout or runs without
/// backtracking, so no input can make a match run for ever. Checked on the compiled assembly (every
/// static member that gives a <see cref="Regex"/>) and on the sources (no construction or static call
/// that would fall back to the infinite default).
/// </summary>
public sealed class RegexSafetyTests(ITestOutputHelper output)
{
    private const BindingFlags AnyStatic = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    [Fact]
    public void Library_EveryRegex_HasATimeoutOrDoesNotBacktrack()
    {
        var regexes = new List<(string Where, Regex Regex)>();
        foreach (var type in typeof(PaperParser).Assembly.GetTypes())
        {
            if (type.ContainsGenericParameters)
            {
                continue;
            }

            foreach (var method in type.GetMethods(AnyStatic))
            {
                if (typeof(Regex).IsAssignableFrom(method.ReturnType) && method.GetParameters().Length == 0 && !method.ContainsGenericParameters)
                {
                    regexes.Add(($"{type.FullName}.{method.Name}()", (Regex)method.Invoke(null, null)!));
                }
            }

            foreach (var field in type.GetFields(AnyStatic))
            {
                if (typeof(Regex).IsAssignableFrom(field.FieldType) && field.GetValue(null) is Regex regex)
                {
                    regexes.Add(($"{type.FullName}.{field.Name}", regex));
                }
            }
        }

        output.WriteLine($"{regexes.Count} regex members found");
        // The library has about 25 generated regexes; finding none would mean this test checks nothing.
        Assert.True(regexes.Count >= 20, $"only {regexes.Count} regexes found by reflection");
        var unbounded = regexes
            .Where(r => r.Regex.MatchTimeout == Regex.InfiniteMatchTimeout && !r.Regex.Options.HasFlag(RegexOptions.NonBacktracking))
            .Select(r => $"{r.Where}: /{r.Regex}/")
            .ToList();
        Assert.True(unbounded.Count == 0, "Regexes without a timeout that may backtrack:\n" + string.Join('\n', unbounded));
    }

    [Fact]
    public void LibrarySources_ConstructNoRegexAndCallNoStaticRegexMethod()
    {
        var src = FindSources();
        Assert.True(src is not null, "src/Scholarly.Parsing was not found above the test's output folder");

        // `new Regex(...)` and `Regex.IsMatch(input, pattern)` use the process-wide default timeout (infinite):
        // regexes belong in [GeneratedRegex(..., matchTimeoutMilliseconds: ...)] members, which the test above checks.
        var forbidden = new Regex(@"new\s+(?:System\.Text\.RegularExpressions\.)?Regex\s*\(|(?<![\w.])Regex\s*\.\s*(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches)\s*\(",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        var offenders = new List<string>();
        var files = Directory.EnumerateFiles(src!, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal)).ToList();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal) && forbidden.IsMatch(lines[i]))
                {
                    offenders.Add($"{Path.GetRelativePath(src!, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(files.Count > 50, $"only {files.Count} source files found under {src}");
        Assert.True(offenders.Count == 0, "Unbounded regex use:\n" + string.Join('\n', offenders));
    }

    private static string? FindSources()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Scholarly.Parsing");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
