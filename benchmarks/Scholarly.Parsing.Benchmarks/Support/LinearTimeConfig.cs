using BenchmarkDotNet.Configs;

namespace Scholarly.Parsing.Benchmarks.Support;

/// <summary>Adds the time-per-megabyte columns to <see cref="Parsing.LinearTimeBenchmarks"/>.</summary>
public sealed class LinearTimeConfig : ManualConfig
{
    public LinearTimeConfig()
    {
        AddColumn(new TimePerMegabyteColumn(relativeToOneMegabyte: false), new TimePerMegabyteColumn(relativeToOneMegabyte: true));
    }
}
