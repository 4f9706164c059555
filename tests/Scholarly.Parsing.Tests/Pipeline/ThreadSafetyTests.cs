using Scholarly.Parsing.Identity;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Serialization;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Pipeline;

/// <summary>
/// One pipeline and one resolver shared by 8 threads give exactly what one thread gets: every fixture page
/// (text and HTML), each thread starting at a different page so different formats run at the same time.
/// </summary>
public sealed class ThreadSafetyTests
{
    private const int Threads = 8;
    private const int Rounds = 3;

    private static readonly (string Name, string Text)[] s_pages =
    [
        .. Directory.EnumerateFiles(Fixture.Directory, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(Fixture.Directory, f).StartsWith("Golden", StringComparison.Ordinal) && !f.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Fixture.Directory, f), File.ReadAllText(f))),
    ];

    [Fact]
    public void Parse_SharedPipelineOnEightThreads_GivesTheSingleThreadedResults()
    {
        var expected = s_pages.Select(p => Json(PaperParser.Parse(p.Text, Fixture.FixedOptions))).ToArray();
        Assert.True(s_pages.Length >= 30, $"only {s_pages.Length} fixture pages found");
        // A new pipeline, first used by all threads at once.
        var pipeline = new ParserPipelineBuilder().AddBuiltInFormats().Build();

        var actual = RunOnThreads(offset =>
        {
            var results = new string[s_pages.Length];
            for (var round = 0; round < Rounds; round++)
            {
                for (var k = 0; k < s_pages.Length; k++)
                {
                    var i = (k + offset) % s_pages.Length;
                    results[i] = Json(pipeline.Parse(s_pages[i].Text, Fixture.FixedOptions));
                }
            }

            return results;
        });

        foreach (var results in actual)
        {
            for (var i = 0; i < s_pages.Length; i++)
            {
                Assert.True(expected[i] == results[i], $"{s_pages[i].Name} read differently on another thread");
            }
        }
    }

    [Fact]
    public void Resolve_SharedResolverOnEightThreads_GivesTheSingleThreadedGraph()
    {
        var documents = s_pages.Select(p => PaperParser.Parse(p.Text, Fixture.FixedOptions)).Where(d => d.Papers.Count > 0).ToArray();
        var expected = new IdentityResolver().Resolve(documents);
        Assert.NotEmpty(expected.Authors);
        var resolver = new IdentityResolver();

        var actual = RunOnThreads(_ =>
        {
            var graphs = new ScholarlyGraph[Rounds];
            for (var round = 0; round < Rounds; round++)
            {
                graphs[round] = resolver.Resolve(documents);
            }

            return graphs;
        });

        var expectedJson = ScholarlyJson.Serialize(expected);
        foreach (var graph in actual.SelectMany(g => g))
        {
            Assert.Equal(expected, graph);
            Assert.Equal(expectedJson, ScholarlyJson.Serialize(graph));
        }
    }

    private static string Json(ParsedDocument document) => ScholarlyJson.Serialize(document);

    private static T[] RunOnThreads<T>(Func<int, T> work)
    {
        using var barrier = new Barrier(Threads);
        var results = new T[Threads];
        var errors = new Exception?[Threads];
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                // All threads start at the same moment, so the first use of the shared instance races too.
                barrier.SignalAndWait();
                results[t] = work(t * 5);
            }
            catch (Exception ex)
            {
                errors[t] = ex;
            }
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.All(errors, e => Assert.Null(e));
        return results;
    }
}
