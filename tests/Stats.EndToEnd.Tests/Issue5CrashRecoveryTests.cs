using System.Diagnostics;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Issue 5, crash recovery: `stats serve` is killed (SIGKILL) in the middle of loading a large delivery dropped into its
/// inbox; after a restart on the same folder nothing is left Running, the killed run is Interrupted, the file ends in
/// archive/ and the published figures equal those of a clean load of the same file in another data folder.
/// </summary>
public sealed class Issue5CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const string Contract = "socialcare-nrm";
    private const string FileName = "nrm_cases_2025.json";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    private readonly TempDataFolder _generated = new();
    private readonly TempDataFolder _clean = new();
    private readonly TempDataFolder _crashed = new();

    [Fact]
    public async Task Issue_5_a_serve_killed_mid_load_recovers_after_a_restart_and_publishes_the_same_figures_as_a_clean_run()
    {
        // Large enough that its load takes seconds, so the kill lands inside it.
        var generated = await CliRun.RunAsync("generate", "--year", "2025", "--seed", "11", "--persons", "40000", "--out", _generated.Path);
        generated.ExitCode.Should().Be(0, generated.Error);
        var delivery = Path.Combine(_generated.Path, "clean", FileName);

        // The reference: the same file loaded and published without a kill, in another data folder.
        var clock = Stopwatch.StartNew();
        (await CliRun.RunAsync("load", "--data", _clean.Path, "--contract", Contract, delivery)).ExitCode.Should().Be(0);
        output.WriteLine($"clean load ({Contract}, in-process): {clock.Elapsed.TotalSeconds:0.00} s");
        clock.Restart();
        (await CliRun.RunAsync("publish", "--data", _clean.Path)).ExitCode.Should().Be(0);
        output.WriteLine($"clean publish: {clock.Elapsed.TotalSeconds:0.00} s");

        var environment = Issue5Settings.Fast();
        var catalog = new Issue5Catalog(_crashed.Path);
        var inbox = Path.Combine(_crashed.Path, "inbox", Contract);
        await using (var first = Issue5StatsProcess.Serve(_crashed.Path, environment))
        {
            await first.AddressAsync(TimeSpan.FromSeconds(60));
            Directory.CreateDirectory(inbox);
            File.Copy(delivery, Path.Combine(inbox, FileName));
            await File.WriteAllTextAsync(Path.Combine(inbox, FileName + ".ready"), "");
            clock.Restart();

            // Kill as soon as the catalog shows the delivery being loaded.
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (!(await TryDeliveriesAsync(catalog)).Any(d => d.Status == "Running"))
            {
                DateTime.UtcNow.Should().BeBefore(until, "the dropped file should start loading; serve printed:\n" + first.Output);
                await Task.Delay(20);
            }

            var runningAfter = clock.Elapsed;
            await Task.Delay(300);
            await first.KillAsync();
            output.WriteLine($"load seen Running {runningAfter.TotalSeconds:0.00} s after the drop; killed 0.30 s later");
        }

        // The kill left the delivery and the run Running (otherwise this test would prove nothing).
        (await catalog.DeliveriesAsync()).Should().ContainSingle().Which.Status.Should().Be("Running", "the kill must land inside the load");
        (await catalog.RunsAsync()).Should().Contain(r => r.Job == "pull:" + Contract && r.Outcome == "Running");
        File.Exists(Path.Combine(inbox, FileName)).Should().BeTrue("the file is archived only after it was recorded");

        clock.Restart();
        IReadOnlyList<Issue5Catalog.Run> runs;
        await using (var second = Issue5StatsProcess.Serve(_crashed.Path, environment))
        {
            runs = await catalog.WaitForRunsAsync(
                r => r.Any(x => x.Job == "publish" && x.Outcome == "Succeeded") && r.All(x => x.Outcome != "Running"),
                Patience, "the recovered load and its publish", () => second.Output);
            output.WriteLine($"after the restart: loaded and published within {clock.Elapsed.TotalSeconds:0.00} s");
            await second.KillAsync();
        }

        output.WriteLine("run history:" + Environment.NewLine + Issue5Catalog.Describe(runs));
        var deliveries = await catalog.DeliveriesAsync();
        foreach (var d in deliveries)
        {
            output.WriteLine($"delivery #{d.Id} {d.Contract} {d.File} {d.Status} rows={d.RowsLoaded} {d.Message}");
        }

        runs.Should().NotContain(r => r.Outcome == "Running");
        deliveries.Should().NotContain(d => d.Status == "Running");
        runs.Where(r => r.Job == "pull:" + Contract && r.Outcome == "Interrupted").Should().ContainSingle("the killed run");
        runs.Where(r => r.Job == "pull:" + Contract && r.Outcome == "Succeeded").Sum(r => r.Loaded).Should().Be(1);
        deliveries.Where(d => d.Status == "Loaded").Should().ContainSingle();

        Directory.EnumerateFiles(inbox).Should().BeEmpty("the file and its marker left the inbox");
        Directory.EnumerateFiles(Path.Combine(inbox, "archive"), FileName, SearchOption.AllDirectories).Should().ContainSingle();

        // The published figures: every indicator's cells, their count and sum, and V04 by sex.
        var expected = await FiguresAsync(_clean.Path);
        var actual = await FiguresAsync(_crashed.Path);
        foreach (var (key, value) in actual.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{key,-28} crashed={value,10} clean={expected.GetValueOrDefault(key),10}");
        }

        expected.Should().NotBeEmpty();
        expected["fact:fct_victim_registration"].Should().BeGreaterThan(0);
        actual.Should().BeEquivalentTo(expected);
    }

    public void Dispose()
    {
        _generated.Dispose();
        _clean.Dispose();
        _crashed.Dispose();
    }

    private static async Task<Dictionary<string, long>> FiguresAsync(string data)
    {
        await using var snapshot = await SnapshotQueries.OpenCurrentAsync(data);
        var figures = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (k, v) in await snapshot.CountsAsync("SELECT 'cells:' || indicator_id, count(*) FROM ind_cell GROUP BY 1"))
        {
            figures[k] = v;
        }

        foreach (var (k, v) in await snapshot.CountsAsync(
                     "SELECT 'sum:' || indicator_id, CAST(round(sum(obs_value)) AS BIGINT) FROM ind_cell WHERE obs_value IS NOT NULL GROUP BY 1"))
        {
            figures[k] = v;
        }

        foreach (var (k, v) in await snapshot.CountsAsync(
                     "SELECT 'V04:' || sex, CAST(obs_value AS BIGINT) FROM ind_cell WHERE indicator_id = 'V04' AND freq = 'A' AND table_by = 'sex' AND obs_value IS NOT NULL"))
        {
            figures[k] = v;
        }

        figures["fact:fct_victim_registration"] = await snapshot.ScalarAsync("SELECT count(*) FROM fct_victim_registration");
        return figures;
    }

    private static async Task<IReadOnlyList<Issue5Catalog.Delivery>> TryDeliveriesAsync(Issue5Catalog catalog)
    {
        try
        {
            return await catalog.DeliveriesAsync();
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return [];
        }
    }
}
