using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Scholarly.Parsing.Benchmarks.Parsing;

namespace Scholarly.Parsing.Benchmarks.Support;

/// <summary>Shared plumbing of the columns computed from the <c>Input</c> parameter's size.</summary>
public abstract class InputColumn : IColumn
{
    public abstract string Id { get; }

    public abstract string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public abstract string Legend { get; }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var input = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value as ParseInput;
        if (report?.ResultStatistics is null || input is null || input.Utf8Bytes == 0)
        {
            return "-";
        }

        return Compute(report, benchmarkCase, input.Utf8Bytes);
    }

    protected abstract string Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long inputBytes);
}

/// <summary>Input megabytes (2^20 UTF-8 bytes) per second, from the mean time.</summary>
public sealed class ThroughputColumn : InputColumn
{
    public override string Id => "MBps";

    public override string ColumnName => "MB/s";

    public override string Legend => "Input size (UTF-8, 2^20 bytes) divided by the mean time";

    protected override string Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long inputBytes)
    {
        var seconds = report.ResultStatistics!.Mean / 1e9;
        return (inputBytes / 1048576.0 / seconds).ToString("N1", CultureInfo.InvariantCulture);
    }
}

/// <summary>Bytes allocated per operation divided by the input's UTF-8 size.</summary>
public sealed class AllocationPerByteColumn : InputColumn
{
    public override string Id => "AllocPerByte";

    public override string ColumnName => "Alloc/in B";

    public override string Legend => "Managed bytes allocated per operation divided by the input size in UTF-8 bytes";

    protected override string Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long inputBytes)
    {
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is null ? "-" : ((double)allocated.Value / inputBytes).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
