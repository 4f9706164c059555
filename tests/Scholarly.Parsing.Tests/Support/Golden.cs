using System.Text;
using System.Text.Json.Nodes;
using Scholarly.Parsing.Serialization;

namespace Scholarly.Parsing.Tests.Support;

/// <summary>
/// Compares a value with its golden JSON file field by field and fails with a readable list of
/// differences (JSON paths with expected and actual values). Set the environment variable
/// <c>SCHOLARLY_UPDATE_GOLDEN=1</c> to rewrite golden files, then read the diff before committing.
/// </summary>
internal static class Golden
{
    public static void Verify<T>(T actual, string goldenRelativePath)
    {
        var actualJson = ScholarlyJson.Serialize(actual);
        var sourcePath = Path.Combine(Fixture.SourceDirectory, goldenRelativePath);
        if (Environment.GetEnvironmentVariable("SCHOLARLY_UPDATE_GOLDEN") == "1")
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(sourcePath)!);
            File.WriteAllText(sourcePath, actualJson + "\n");
            return;
        }

        var path = Path.Combine(Fixture.Directory, goldenRelativePath);
        Assert.True(File.Exists(path), $"Golden file {goldenRelativePath} is missing; run with SCHOLARLY_UPDATE_GOLDEN=1 to create it, then review it.");
        var expected = JsonNode.Parse(File.ReadAllText(path));
        var differences = new List<string>();
        Compare(expected, JsonNode.Parse(actualJson), "$", differences);
        if (differences.Count > 0)
        {
            var message = new StringBuilder($"{differences.Count} difference(s) from {goldenRelativePath}:\n");
            foreach (var difference in differences.Take(40))
            {
                message.Append("  ").AppendLine(difference);
            }

            Assert.Fail(message.ToString());
        }
    }

    /// <summary>Collects the differences between two JSON trees as readable lines.</summary>
    public static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (!a.ContainsKey(key))
                    {
                        differences.Add($"{path}.{key}: expected {Show(value)}, missing");
                    }
                    else
                    {
                        Compare(value, a[key], $"{path}.{key}", differences);
                    }
                }

                foreach (var (key, value) in a)
                {
                    if (!e.ContainsKey(key))
                    {
                        differences.Add($"{path}.{key}: unexpected {Show(value)}");
                    }
                }

                return;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    if (i >= a.Count)
                    {
                        differences.Add($"{path}[{i}]: expected {Show(e[i])}, missing");
                    }
                    else if (i >= e.Count)
                    {
                        differences.Add($"{path}[{i}]: unexpected {Show(a[i])}");
                    }
                    else
                    {
                        Compare(e[i], a[i], $"{path}[{i}]", differences);
                    }
                }

                return;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Add($"{path}: expected {Show(expected)}, actual {Show(actual)}");
                }

                return;
        }
    }

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 120 ? text : text[..117] + "...";
    }
}
