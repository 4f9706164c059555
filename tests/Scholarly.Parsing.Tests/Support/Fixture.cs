using Microsoft.Extensions.Time.Testing;
using Scholarly.Parsing.Pipeline;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Support;

/// <summary>Finds test fixtures and the shared third-party data folder.</summary>
internal static class Fixture
{
    /// <summary>The reference date golden files are made with, so inferred years never drift.</summary>
    public static readonly DateTimeOffset ReferenceDate = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Options with a fixed clock at <see cref="ReferenceDate"/>.</summary>
    public static ParseOptions FixedOptions { get; } = new() { TimeProvider = new FakeTimeProvider(ReferenceDate) };

    /// <summary>The fixtures folder in the build output.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The fixtures folder in the source tree (where golden files are written when updating).</summary>
    public static string SourceDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Scholarly.Parsing.Tests.csproj")))
            {
                dir = dir.Parent;
            }

            return dir is null ? Directory : Path.Combine(dir.FullName, "Fixtures");
        }
    }

    /// <summary>Reads a fixture file's text, e.g. <c>Seeds/000_5beb213020b92186.txt</c>.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    /// <summary>
    /// The shared third-party data folder (<c>../shared/data</c> beside the repository), or
    /// <see langword="null"/> when it is absent (a user's clone does not have it).
    /// </summary>
    public static string? SharedData
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (System.IO.Directory.Exists(candidate))
                {
                    return candidate;
                }

                dir = dir.Parent;
            }

            return null;
        }
    }

    /// <summary>
    /// Reads a file of the shared third-party data folder (e.g. <c>html/arxiv/abs_2004.10162.html</c>),
    /// or returns <see langword="null"/> after telling the test output why the test is skipped.
    /// </summary>
    public static string? ReadShared(string relativePath, ITestOutputHelper output)
    {
        var root = SharedData;
        var path = root is null ? null : Path.Combine(root, relativePath);
        if (path is null || !File.Exists(path))
        {
            output.WriteLine($"Skipped: the shared data file '{relativePath}' is not available (../shared/data is absent).");
            return null;
        }

        return File.ReadAllText(path);
    }
}
