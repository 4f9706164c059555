using System.Reflection;

namespace Scholarly.Parsing.Benchmarks.Parsing;

/// <summary>The seed pages, embedded from the test fixtures (linked in the project file, not copied).</summary>
public static class SeedTexts
{
    /// <summary>Every seed as (file name, text), in file-name order.</summary>
    public static IReadOnlyList<(string Name, string Text)> All()
    {
        var assembly = typeof(SeedTexts).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Seeds/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n["Seeds/".Length..], Read(assembly, n)))];
    }

    /// <summary>One seed's text by file name, e.g. <c>001_87569abedee599f0.txt</c>.</summary>
    public static string Get(string fileName) => Read(typeof(SeedTexts).Assembly, "Seeds/" + fileName);

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded seed {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
