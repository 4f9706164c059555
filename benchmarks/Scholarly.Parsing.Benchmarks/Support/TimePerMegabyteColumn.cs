using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Scholarly.Parsing.Benchmarks.Support;

/// <summary>
/// The mean time divided by the <c>Megabytes</c> parameter, or that figure divided by the same benchmark's
/// at 1 MB in the same run (all other parameters equal): near 1 when time grows linearly with size.
/// </summary>
public sealed class TimePerMegabyteColumn(bool relativeToOneMegabyte) : IColumn
{
    public string Id => relativeToOneMegabyte ? "PerMBRatio" : "MsPerMB";

    public string ColumnName => relativeToOneMegabyte ? "per MB vs 1 MB" : "ms/MB";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => relativeToOneMegabyte ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => relativeToOneMegabyte
        ? "Time per MB divided by the time per MB of the same kind at 1 MB in this run (1 = linear)"
        : "Mean time in milliseconds divided by the input size in MB";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var perMegabyte = PerMegabyte(summary, benchmarkCase);
        if (perMegabyte is null)
        {
            return "-";
        }

        if (!relativeToOneMegabyte)
        {
            return perMegabyte.Value.ToString("N1", CultureInfo.InvariantCulture);
        }

        var oneMegabyte = summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor == benchmarkCase.Descriptor
            && Megabytes(other) == 1
            && other.Parameters.Items.Where(p => p.Name != "Megabytes").All(p => Equals(p.Value, benchmarkCase.Parameters[p.Name])));
        var baseline = oneMegabyte is null ? null : PerMegabyte(summary, oneMegabyte);
        return baseline is null or 0 ? "-" : (perMegabyte.Value / baseline.Value).ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static double? PerMegabyte(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        var megabytes = Megabytes(benchmarkCase);
        return report?.ResultStatistics is null || megabytes is not > 0 ? null : report.ResultStatistics.Mean / 1e6 / megabytes.Value;
    }

    private static int? Megabytes(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Megabytes")?.Value as int?;
}
