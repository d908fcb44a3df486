using System.Diagnostics;
using System.Globalization;
using Stats.Charts.Definitions;
using Stats.Charts.Delivery;
using Stats.Charts.Packs;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Etl.Synthetic;
using Stats.Warehouse;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Publish;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Benchmarks.Packs;

/// <summary>
/// Issue 6: the time to render the whole monthly pack for all recipients, from a published two-year demo vintage
/// (2024–2025, 350 persons a year, as `stats demo`). Reported per phase, median of the runs, and against the reference:
/// DuckDB reading every cell of the pack's indicators (what no renderer can beat).
/// </summary>
internal static class PackRenderRun
{
    public static async Task<int> RunAsync(int recipients, int runs, CancellationToken ct)
    {
        var measured = await MeasureAsync(recipients, runs, ct);
        Console.WriteLine(Report.ReportRenderer.TimingMarkdown(measured.Table()));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// message size {measured.MessageBytes / 1024.0:N0} KiB each"));
        return 0;
    }

    /// <summary>A warm-up run, then <paramref name="runs"/> timed runs of every phase.</summary>
    public static async Task<PackMeasurement> MeasureAsync(int recipients, int runs, CancellationToken ct)
    {
        var root = Directory.CreateTempSubdirectory("stats-pack-bench-").FullName;
        try
        {
            var options = new WarehouseOptions { DataDirectory = Path.Combine(root, "data") };
            var vintage = await PublishDemoAsync(options, root, ct);
            var sql = new SqlFiles(options.SqlPath);
            var dashboards = Path.Combine(AppContext.BaseDirectory, "dashboards");
            var charts = ChartCatalogue.Load(dashboards, IndicatorCatalogueFiles.Load(sql));
            var pack = PackCatalogue.Load(dashboards, charts, IndicatorCatalogueFiles.Load(sql)).Get("ministry");
            var month = new PackMonth(2025, 11);
            var indicators = charts.Charts.Where(c => pack.Charts.Contains(c.Id)).SelectMany(c => c.Indicators).Concat(pack.Headline).Distinct().ToList();
            await using var snapshot = await new VintageStore(options).OpenReadOnlyAsync(vintage, ct);

            var reference = new List<double>();
            var summary = new List<double>();
            var build = new List<double>();
            var deliver = new List<double>();
            var total = new List<double>();
            long bytes = 0;
            long cellCount = 0;
            for (var run = 0; run <= runs; run++)
            {
                var clock = Stopwatch.StartNew();
                var cells = 0L;
                await using (var command = snapshot.CreateCommand(
                    $"SELECT * FROM ind_cell WHERE indicator_id IN ({string.Join(", ", indicators.Select(i => $"'{i}'"))})"))
                await using (var reader = await command.ExecuteReaderAsync(ct))
                {
                    while (await reader.ReadAsync(ct))
                    {
                        cells++;
                    }
                }

                var referenceMs = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                foreach (var role in new[] { IndicatorRole.Public, IndicatorRole.Analyst })
                {
                    await new PackSummaryReader(sql).ReadAsync(snapshot, pack, month, role, vintage, null, ct);
                }

                var summaryMs = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                var builder = new PackBuilder(charts, new PackSummaryReader(sql));
                var contents = new Dictionary<IndicatorRole, PackContent>();
                foreach (var role in new[] { IndicatorRole.Public, IndicatorRole.Analyst })
                {
                    contents[role] = await builder.BuildAsync(snapshot, pack, month, role, vintage, null, DateTimeOffset.UtcNow, ct);
                }

                var buildMs = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                bytes = 0;
                for (var i = 0; i < recipients; i++)
                {
                    var role = i % 2 == 0 ? IndicatorRole.Public : IndicatorRole.Analyst;
                    var recipient = new PackRecipient($"Recipient {i}", $"r{i}@example.org", role);
                    var message = PackMessage.Build(contents[role], recipient, new MimeKit.MailboxAddress("Stats", "stats@example.org"));
                    var folder = await OutboxFolder.WriteAsync(Path.Combine(root, "outbox"), pack.Id, month.ToString(), $"recipient-{i}", message, [], ct);
                    bytes += new FileInfo(Path.Combine(folder, OutboxFolder.MessageFileName)).Length;
                }

                var deliverMs = clock.Elapsed.TotalMilliseconds;
                if (run == 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// warm-up run; {cells:N0} cells of {indicators.Count} indicators"));
                    continue;
                }

                cellCount = cells;
                reference.Add(referenceMs);
                summary.Add(summaryMs);
                build.Add(buildMs);
                deliver.Add(deliverMs);
                total.Add(buildMs + deliverMs);
            }

            return new PackMeasurement(recipients, indicators.Count, charts.Charts.Count(c => pack.Charts.Contains(c.Id)), cellCount, bytes / recipients,
                reference, summary, build, deliver, total);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<VintageInfo> PublishDemoAsync(WarehouseOptions options, string root, CancellationToken ct)
    {
        var time = TimeProvider.System;
        var database = new WarehouseDatabase(options);
        var contracts = new ContractRepository(Path.Combine(AppContext.BaseDirectory, "contracts"));
        var intake = new IntakeService(time);
        await using var writer = await database.OpenWriterAsync(ct);
        foreach (var year in new[] { 2024, 2025 })
        {
            var folder = Path.Combine(root, "deliveries", year.ToString(CultureInfo.InvariantCulture));
            var truth = new DeliveryGenerator(time).Generate(new GenerationOptions(year, year, folder)).GroundTruth;
            foreach (var delivery in truth.Deliveries.Where(d => d.Expected == "loaded"))
            {
                await intake.LoadAsync(writer, contracts.Get(delivery.Contract), Path.Combine(folder, delivery.File), null, ct);
            }
        }

        var result = await new Publisher(database, time).PublishAsync(writer, null, ct);
        return result.Vintage ?? throw new InvalidOperationException("The demo vintage did not publish: " + string.Join("; ", result.Failures.Select(f => f.Test)));
    }
}
