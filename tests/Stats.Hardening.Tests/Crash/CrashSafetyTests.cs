using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Stats.Catalog;
using Stats.Catalog.Entities;
using Stats.EndToEnd.Tests;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Crash;

/// <summary>
/// Issue 10, crash safety: a real `stats` process is killed (SIGKILL) at least 50 times at random points of intake and
/// publish over a large synthetic year, and at named dangerous moments (around the batch commit, the snapshot and the switch
/// of current.json) through the product's STATS_FAULT_KILL_AT hook. After every kill the warehouse and catalog reopen, no
/// batch is half-loaded or left Running, the served vintage is the previous or the new one and whole; at the end the
/// published cells equal a clean run's. STATS_CRASH_SEED replays a plan of kills (the delays; where a delay lands still
/// depends on the machine's speed).
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Persons = 20_000;
    private const int RandomKills = 50;

    private readonly TempDataFolder _generated = new();
    private readonly TempDataFolder _clean = new();
    private readonly TempDataFolder _crashed = new();

    [Fact]
    public async Task Issue_10_sigkills_during_intake_and_publish_leave_no_half_batch_serve_a_whole_vintage_and_end_with_the_clean_figures()
    {
        var total = Stopwatch.StartNew();
        var seed = int.TryParse(Environment.GetEnvironmentVariable("STATS_CRASH_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
            ? s : Random.Shared.Next();
        var kills = HardeningScale.Times(RandomKills);
        output.WriteLine($"seed {seed} (replay with STATS_CRASH_SEED={seed}); {kills} random kills; {Persons} persons; {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        var clock = Stopwatch.StartNew();
        var generated = await CliRun.RunAsync("generate", "--year", "2025", "--seed", "11", "--persons", Persons.ToString(CultureInfo.InvariantCulture), "--out", _generated.Path);
        generated.ExitCode.Should().Be(0, generated.Error);
        var workload = new CrashWorkload(_generated.Path, _crashed.Path);
        output.WriteLine($"generated in {clock.Elapsed.TotalSeconds:0.0} s");

        clock.Restart();
        var expected = await CleanRunAsync(workload);
        output.WriteLine($"clean run (in-process, {_clean.Path}): {clock.Elapsed.TotalSeconds:0.0} s; vintages: {string.Join(" | ", expected.Fingerprints)}");

        clock.Restart();
        var tally = new CrashTally();
        var inspector = new CrashInspector(_crashed.Path, workload.Inbox, expected, tally);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // The export refresh after a publish is not what this test is about; it would only make every pull longer.
            ["STATS_Exports__AfterPublish"] = "false",
            ["STATS_DEBUG"] = "1",
        };
        var runner = new CrashRunner(inspector, tally, environment, new Random(seed), output);
        var steps = workload.Steps();
        var shares = Shares(steps, kills);
        var carried = 0;
        for (var i = 0; i < steps.Count; i++)
        {
            carried = await runner.RunAsync(steps[i], shares[i], carried);
        }

        if (carried > 0)
        {
            output.WriteLine($"{carried} random kill(s) left over (steps finished early): taken by an extra load");
            (await runner.RunAsync(workload.Leftovers(), 0, carried)).Should().Be(0);
            await CleanLeftoversAsync(workload, expected);
        }

        // A last, idle `stats run` to its end: its start settles the run the final kill left Running.
        (await runner.RunToEndAsync(workload.Settle(afterLeftovers: carried > 0))).ExitCode.Should().Be(0);
        var crashedTime = clock.Elapsed;

        await FinalChecksAsync(inspector, tally);
        Print(tally, crashedTime, total.Elapsed);
        tally.RandomKills.Should().BeGreaterThanOrEqualTo(kills);
        var planned = steps.Sum(x => x.FaultPoints.Count + (x.FinalFaultPoint is null ? 0 : 1)) + (carried > 0 ? 1 : 0);
        tally.FaultKills.Should().Be(planned - tally.FinalPointsTakenByRandomKills.Count, "every fault point is reached and kills there");
    }

    public void Dispose()
    {
        _generated.Dispose();
        _clean.Dispose();
        _crashed.Dispose();
    }

    private async Task<ExpectedVintages> CleanRunAsync(CrashWorkload workload)
    {
        var expected = new ExpectedVintages();
        foreach (var delivery in new[] { CrashWorkload.Police, CrashWorkload.Nrm })
        {
            (await CliRun.RunAsync("load", "--data", _clean.Path, "--contract", delivery.Contract, workload.PathOf(delivery))).ExitCode.Should().Be(0);
        }

        (await CliRun.RunAsync("publish", "--data", _clean.Path)).ExitCode.Should().Be(0);
        (await expected.RecordCurrentAsync(_clean.Path)).Should().Be(CrashWorkload.First);
        foreach (var delivery in new[] { CrashWorkload.Courts, CrashWorkload.Prosecution })
        {
            (await CliRun.RunAsync("load", "--data", _clean.Path, "--contract", delivery.Contract, workload.PathOf(delivery))).ExitCode.Should().Be(0);
        }

        (await CliRun.RunAsync("publish", "--data", _clean.Path)).ExitCode.Should().Be(0);
        (await expected.RecordCurrentAsync(_clean.Path)).Should().Be(CrashWorkload.Second);
        return expected;
    }

    /// <summary>The clean run's side of the leftover load: the same delivery loaded and published, as the idle pull will.</summary>
    private async Task CleanLeftoversAsync(CrashWorkload workload, ExpectedVintages expected)
    {
        (await CliRun.RunAsync("load", "--data", _clean.Path, "--contract", CrashWorkload.Ngo.Contract, workload.PathOf(CrashWorkload.Ngo))).ExitCode.Should().Be(0);
        (await CliRun.RunAsync("publish", "--data", _clean.Path)).ExitCode.Should().Be(0);
        (await expected.RecordCurrentAsync(_clean.Path)).Should().Be(CrashWorkload.Third);
    }

    private async Task FinalChecksAsync(CrashInspector inspector, CrashTally tally)
    {
        await using (var catalog = await CatalogDatabase.OpenAsync(new CatalogOptions(), _crashed.Path, CancellationToken.None).WaitAsync(CrashInspector.ReopenLimit))
        {
            var runs = await catalog.JobRuns.AsNoTracking().ToListAsync();
            runs.Where(r => r.Outcome == JobRunOutcome.Running).Should().BeEmpty("every run a kill left Running was settled by a later start");
            runs.Count(r => r.Outcome == JobRunOutcome.Interrupted).Should().Be(tally.RunsLeftRunning, "each run a kill left Running is recorded Interrupted");
            (await catalog.Deliveries.AsNoTracking().CountAsync(d => d.Status == DeliveryStatus.Running)).Should().Be(0);
            output.WriteLine($"job runs: {string.Join(", ", runs.GroupBy(r => $"{r.JobName} {r.Outcome}").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} × {g.Key}"))}");
            tally.Check(3);
        }

        inspector.TempFiles().Should().BeEmpty("a later publish removes the temp files a killed one left");
        inspector.ListedNeverServed().Should().BeEmpty("a vintage whose switch a kill cut off is removed by the next publish, not kept as if it had been served");
        tally.Check(2);

        var cells = await PublishedCells.CompareAsync(_crashed.Path, _clean.Path);
        output.WriteLine($"published cells: {cells.Cells} (clean run: {cells.OtherCells}), {cells.CellsMissing} missing on either side, {cells.Differences.Count} columns compared");
        foreach (var (column, count) in cells.Differences.Where(d => d.Value > 0))
        {
            output.WriteLine($"  column {column}: {count} cell(s) differ");
        }

        cells.Cells.Should().BeGreaterThan(1000);
        cells.Cells.Should().Be(cells.OtherCells);
        cells.CellsMissing.Should().Be(0);
        cells.SameColumns.Should().BeTrue("both vintages' ind_cell have the same columns");
        cells.Differences.Should().OnlyContain(d => d.Value == 0, "the final figures equal the clean run's, column by column");
        tally.CellValuesCompared = cells.Compared;
    }

    private void Print(CrashTally tally, TimeSpan crashed, TimeSpan total)
    {
        output.WriteLine("");
        output.WriteLine($"kills: {tally.Kills} ({tally.RandomKills} at random delays, {tally.FaultKills} at fault points); {tally.CompletedBeforeKill} attempt(s) finished before their delay"
            + (tally.FinalPointsTakenByRandomKills.Count > 0 ? $"; final point(s) {string.Join(", ", tally.FinalPointsTakenByRandomKills)} taken by a random kill after the goal" : ""));
        foreach (var (point, count) in tally.ByPoint)
        {
            output.WriteLine($"  {count,3} × {point}");
        }

        output.WriteLine($"processes started: {tally.ProcessStarts}; restarts after a kill: {tally.ProcessRestarts} as a process, {tally.InProcessRestarts} in process (warehouse + catalog reopened and checked)");
        output.WriteLine($"deliveries settled from Running on restart: {tally.DeliveriesSettled}; runs left Running by kills: {tally.RunsLeftRunning}; vintages seen listed but not served (a kill between manifest and switch): {tally.ListedNeverServed}");
        output.WriteLine($"served after an attempt: previous vintage {tally.ServedPrevious} times, a new one {tally.ServedNew} times");
        output.WriteLine($"checks made after attempts: {tally.Checks} (in {tally.Inspecting.TotalSeconds:0.0} s); final cell values compared with the clean run: {tally.CellValuesCompared}");
        output.WriteLine($"CPU time: stats processes {ChildCpu().TotalSeconds:0.0} s, this test process {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.0} s");
        output.WriteLine($"elapsed: crashed run {crashed.TotalSeconds:0.0} s, total {total.TotalSeconds:0.0} s; load average now {LoadAverage()}");
    }

    // Other work on the machine stretches every delay; printed so a slow run can be told from a slow product.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>
    /// CPU time of the `stats` processes this test started and reaped: cutime + cstime of /proc/self/stat, in clock ticks
    /// (USER_HZ, 100 on Linux). On a shared machine it tells the work from the waiting.
    /// </summary>
    private static TimeSpan ChildCpu()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return TimeSpan.Zero;
        }

        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields after the command name start at field 3 (state): cutime is field 16, cstime field 17.
        var ticks = long.Parse(fields[16 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[17 - 3], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static int[] Shares(IReadOnlyList<CrashStep> steps, int kills)
    {
        var shares = steps.Select(x => (int)Math.Floor(x.Share * kills)).ToArray();
        shares[0] += kills - shares.Sum();
        return shares;
    }
}
