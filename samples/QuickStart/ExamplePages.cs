namespace Scholarly.Parsing.QuickStart;

/// <summary>The example pages embedded in the sample.</summary>
internal static class ExamplePages
{
    public static List<(string Name, string Text)> Load()
    {
        var assembly = typeof(ExamplePages).Assembly;
        var pages = new List<(string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Examples/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            pages.Add((resource["Examples/".Length..], reader.ReadToEnd()));
        }

        return pages;
    }
}
