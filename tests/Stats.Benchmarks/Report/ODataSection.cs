using System.Globalization;
using Stats.Benchmarks.OData;

namespace Stats.Benchmarks.Report;

/// <summary>
/// Issue 4: registrations by year and sex over the fact set, three ways (DuckDB, our API, AspNetCore.OData + EF Core +
/// SQLite; a Stopwatch harness, see the template), and an indicator page under concurrent requests (wrk).
/// </summary>
internal sealed class ODataSection : IReportSection
{
    public string Id => "odata";
    public string Title => "Issue 4: OData API";
    public IReadOnlyList<Type> BenchmarkClasses => [];

    public async Task<SectionMeasurement> MeasureAsync(ReportContext context, CancellationToken ct)
    {
        var cache = FactWarehouseCache.Default;
        var steps = await cache.EnsureAsync(ct);
        var iterations = context.Quick ? 2 : 5;
        var count = await ODataAggregateRun.MeasureAsync(iterations, countOnly: true, ct);
        var persons = await ODataAggregateRun.MeasureAsync(iterations, countOnly: false, ct);
        var countTable = count.Table("aggregate_count");
        var personsTable = persons.Table("aggregate_persons");

        var duration = context.Quick ? 3 : 10;
        IReadOnlyList<int> levels = context.Quick ? [1, 16] : [1, 16, 64];
        var connections = string.Join(',', levels);
        var load = await ODataLoadRun.MeasureAsync(ODataLoadRun.DefaultPath, duration, levels, ct);

        var notes = new List<string>();
        var tables = new List<PlainTable>();
        if (steps is null)
        {
            notes.Add($"The fact data was cached before its set-up times were recorded (delete {cache.Folder} to measure them)");
        }
        else
        {
            tables.Add(new PlainTable
            {
                Name = "setup",
                Columns = ["Step", "Time", "Size"],
                Align = "lrr",
                Rows = steps.Select(s => (IReadOnlyList<string>)[s.Step, Figure.Of(s.Seconds, "N1") + " s", s.Megabytes is { } mb ? Figure.Of(mb, "N0") + " MB" : ""]).ToList(),
            });
        }

        var figures = new Dictionary<string, string>
        {
            ["rows"] = Figure.Of(cache.Rows),
            ["persons"] = Figure.Of(cache.Persons),
            ["iterations"] = iterations.ToString(CultureInfo.InvariantCulture),
            ["persons_skipped"] = persons.Skipped.Count == 0
                ? ""
                : "Not in this table: " + string.Join("; ", persons.Skipped) + " — our API does not publish `PersonKey`, so it cannot be asked for `countdistinct` on it.",
        };
        var api = countTable.Cases.FirstOrDefault(c => c.Method.StartsWith("Our API", StringComparison.Ordinal));
        var ef = countTable.Cases.Single(c => c.Method.StartsWith("AspNetCore", StringComparison.Ordinal));
        var reference = countTable.Cases.Single(c => c.Reference);
        var personsReference = personsTable.Cases.Single(c => c.Reference);
        figures["ef_over_reference_persons"] = Figure.Of(ReportRenderer.Ratio(personsTable, personsTable.Cases.Single(c => c.Method.StartsWith("AspNetCore", StringComparison.Ordinal)))!.Value);
        figures["persons_reference_ms"] = Figure.Of(personsReference.MeanSeconds * 1000, "N0");
        if (api is not null)
        {
            figures["api_count_s"] = Figure.Of(api.MeanSeconds, "N2");
            figures["ef_over_api"] = Figure.Of(ef.MeanSeconds / api.MeanSeconds, "N1");
            figures["api_over_reference"] = Figure.Of(api.MeanSeconds / reference.MeanSeconds, "N0");
            figures["api_over_persons_reference"] = Figure.Of(api.MeanSeconds / personsReference.MeanSeconds, "N2");
        }

        if (load is null)
        {
            notes.Add("The load test did not run: wrk is not installed (`apt-get install -y wrk`)");
        }
        else
        {
            tables.Add(load.Table());
            figures["load_request"] = $"GET /odata/{load.Path}";
            figures["load_rows"] = Figure.Of(load.Rows);
            figures["load_bytes"] = Figure.Of(load.Bytes);
            figures["load_duration"] = load.DurationSeconds.ToString(CultureInfo.InvariantCulture);
            figures["load_connections"] = connections;
            figures["load_before"] = load.LoadBefore is { } b ? Figure.Of(b) : "unknown";
            figures["load_after"] = load.LoadAfter is { } a ? Figure.Of(a) : "unknown";
            figures["load_max_rps"] = Figure.Of(load.Levels.Max(l => l.Result.RequestsPerSecond), "N0");
            if (load.Times is { } t)
            {
                figures["open_alone_ms"] = Figure.Of(t.OpenAlone * 1000);
                figures["open_shared_ms"] = Figure.Of(t.OpenShared * 1000);
                figures["page_query_ms"] = Figure.Of(t.PageQuery * 1000, "N1");
                figures["page_inlined_ms"] = Figure.Of(t.PageQueryInlined * 1000, "N1");
                figures["bare_page_ms"] = Figure.Of(t.BarePage * 1000, "N1");
                figures["profile_runs"] = t.Runs.ToString(CultureInfo.InvariantCulture);
            }
        }

        return new SectionMeasurement { Timings = [countTable, personsTable], Tables = tables, Figures = figures, Notes = notes };
    }
}
