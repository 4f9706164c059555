using PublicApiGenerator;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests;

/// <summary>
/// The library's public surface against the approved baseline in <c>Fixtures/PublicApi</c>, so any change
/// to it is a deliberate diff in review. After an intended change, refresh the baseline with
/// <c>SCHOLARLY_UPDATE_PUBLIC_API=1 dotnet test tests/Scholarly.Parsing.Tests -c Release --filter FullyQualifiedName~PublicApiTests</c>
/// and read the diff before committing it.
/// </summary>
public sealed class PublicApiTests
{
    private const string BaselinePath = "PublicApi/Scholarly.Parsing.approved.txt";

    [Fact]
    public void GeneratePublicApi_MatchesApprovedBaseline()
    {
        // Assembly attributes are left out: they carry the version and commit, which change every build.
        // Records stay records: turning one into a class (or back) changes what users can write (with, deconstruction).
        var actual = typeof(PaperParser).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false, TreatRecordsAsClasses = false })
            .ReplaceLineEndings("\n") + "\n";

        if (Environment.GetEnvironmentVariable("SCHOLARLY_UPDATE_PUBLIC_API") == "1")
        {
            var sourcePath = Path.Combine(Fixture.SourceDirectory, BaselinePath);
            Directory.CreateDirectory(Path.GetDirectoryName(sourcePath)!);
            File.WriteAllText(sourcePath, actual);
            return;
        }

        var path = Path.Combine(Fixture.Directory, BaselinePath);
        Assert.True(File.Exists(path), $"The public-API baseline {BaselinePath} is missing; create it with SCHOLARLY_UPDATE_PUBLIC_API=1.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        var expectedLines = Located(expected);
        var actualLines = Located(actual);
        var removed = expectedLines.Except(actualLines).Select(line => "  - " + line);
        var added = actualLines.Except(expectedLines).Select(line => "  + " + line);
        Assert.Fail(
            "The public API differs from the approved baseline (- removed, + added). If the change is intended, run " +
            "SCHOLARLY_UPDATE_PUBLIC_API=1 dotnet test tests/Scholarly.Parsing.Tests -c Release --filter FullyQualifiedName~PublicApiTests " +
            "and commit the reviewed baseline.\n" + string.Join("\n", removed.Concat(added).DefaultIfEmpty("  (the same declarations in another order)").Take(60)));
    }

    /// <summary>The baseline's lines, each member prefixed with the type declaration it belongs to, so a diff line says where it is.</summary>
    private static List<string> Located(string api)
    {
        var lines = new List<string>();
        var type = "";
        foreach (var line in api.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed is "{" or "}")
            {
                continue;
            }

            // Namespaces sit at column 0, types at 4 spaces, members deeper (PublicApiGenerator's layout).
            var indent = line.Length - line.TrimStart().Length;
            if (indent <= 4)
            {
                type = trimmed;
                lines.Add(trimmed);
            }
            else
            {
                lines.Add($"{type} :: {trimmed}");
            }
        }

        return lines;
    }
}
