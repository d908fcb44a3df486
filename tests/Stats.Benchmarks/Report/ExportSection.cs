using System.Globalization;
using Stats.Benchmarks.Exports;
using Stats.Warehouse.Indicators;

namespace Stats.Benchmarks.Report;

/// <summary>Issue 7: exports of the full catalogue of a large vintage per format, against DuckDB's COPY of the same rows (a Stopwatch harness).</summary>
internal sealed class ExportSection : IReportSection
{
    private static readonly string[] Formats = ["parquet", "sdmx-csv", "csv"];

    public string Id => "exports";
    public string Title => "Issue 7: exports of the full catalogue";
    public IReadOnlyList<Type> BenchmarkClasses => [];

    public async Task<SectionMeasurement> MeasureAsync(ReportContext context, CancellationToken ct)
    {
        var runs = context.Quick ? 2 : 7;
        var measured = await ExportBenchmarkRun.MeasureAsync(Formats, runs, IndicatorRole.Public, ct);
        var table = measured.Table();
        var figures = new Dictionary<string, string>
        {
            ["runs"] = runs.ToString(CultureInfo.InvariantCulture),
            ["formats"] = string.Join(",", Formats),
        };
        foreach (var group in table.Cases.GroupBy(c => c.Group!))
        {
            var export = group.Single(c => !c.Reference);
            var reference = group.Single(c => c.Reference);
            var key = group.Key.Replace(ExportMeasurement.PartitionedSuffix, "_partitioned", StringComparison.Ordinal).Replace('-', '_');
            figures[$"ratio_{key}"] = Figure.Of(ReportRenderer.Ratio(table, export)!.Value);
            figures[$"reference_{key}_s"] = Figure.Of(reference.MeanSeconds);
            figures[$"export_{key}_s"] = Figure.Of(export.MeanSeconds);
        }

        foreach (var format in measured.Formats)
        {
            var key = format.Format.Replace('-', '_');
            figures[$"cells_{key}"] = Figure.Of(format.Cells);
            figures[$"files_{key}"] = Figure.Of(format.Files);
        }

        var csvRatios = table.Cases.Where(c => !c.Reference && c.Group is "csv" or "sdmx-csv").Select(c => ReportRenderer.Ratio(table, c)!.Value).ToList();
        figures["csv_ratio_range"] = Figure.Range(csvRatios);
        return new SectionMeasurement
        {
            Timings = [table],
            Figures = figures,
            Notes = measured.Unavailable.Select(u => "Format " + u).ToList(),
        };
    }
}
