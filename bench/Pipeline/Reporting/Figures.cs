using System.Globalization;
using BenchmarkDotNet.Reports;

namespace ConnectorKit.Bench.Pipeline.Reporting;

/// <summary>One benchmark's median time and allocations per pass, by its description and parameter value.</summary>
internal sealed record InProcessFigure(string Benchmark, string Parameter, double MedianSeconds, long AllocatedBytes);

internal static class Figures
{
    public static IReadOnlyList<InProcessFigure> Of(Summary summary) =>
    [
        .. summary.Reports.Where(r => r.ResultStatistics is not null).Select(r => new InProcessFigure(
            r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
            string.Join(",", r.BenchmarkCase.Parameters.Items.Select(p => p.Value?.ToString() ?? string.Empty)),
            r.ResultStatistics!.Median / 1e9,
            r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? 0)),
    ];

    public static string Seconds(double seconds) => seconds.ToString(seconds < 1 ? "0.000" : "0.00", CultureInfo.InvariantCulture) + " s";

    public static string Ratio(double ratio) => ratio.ToString(ratio < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + "x";

    public static string Megabytes(double bytes) => (bytes / (1024 * 1024)).ToString("0.00", CultureInfo.InvariantCulture) + " MB";
}
