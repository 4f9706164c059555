using BenchmarkDotNet.Configs;

namespace Scholarly.Parsing.Benchmarks.Support;

/// <summary>Adds the MB/s and allocated-bytes-per-input-byte columns to benchmarks with a <c>Input</c> parameter.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn(), new AllocationPerByteColumn());
    }
}
