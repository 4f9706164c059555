using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Scholarly.Parsing.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release -- --filter '*'</c> for the full run (BenchmarkDotNet's
/// defaults), or add <c>--short</c> for a quick run (in-process, 1 launch, 2 warm-ups, 3 iterations of
/// 150 ms) that finishes in a few minutes on 2 cores. Other BenchmarkDotNet options pass through.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var isShort = args.Contains("--short");
        args = [.. args.Where(a => a != "--short")];
        IConfig config = DefaultConfig.Instance;
        if (isShort)
        {
            // In-process: no generated project to build per run, which is what makes the short mode short.
            config = config.AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(2)
                .WithIterationCount(3)
                .WithIterationTime(TimeInterval.FromMilliseconds(150))
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithId("Short"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
