using Microsoft.EntityFrameworkCore;
using Stats.Catalog;
using Stats.Catalog.Entities;
using Stats.Etl.Operations;
using Stats.Warehouse;

namespace Stats.Hardening.Tests.Crash;

/// <summary>
/// After every attempt (killed or not): reads what the kill left in the catalog, restarts in-process the way every `stats`
/// command starts (the working database opened for writing, WAL replayed, migrations checked, the catalog reconciled), then
/// checks batches, runs and vintages, and names the point the kill landed on from what changed.
/// </summary>
internal sealed class CrashInspector(string data, string inbox, ExpectedVintages expected, CrashTally tally)
{
    private readonly VintageChecks _vintages = new(data, expected, tally);

    public IReadOnlyList<string> TempFiles() => _vintages.TempFiles();

    public IReadOnlyList<int> ListedNeverServed() => _vintages.ListedNeverServed();

    /// <summary>Far more than a reopen takes (well under a second); a wait on a dead process's lock never ends.</summary>
    public static readonly TimeSpan ReopenLimit = TimeSpan.FromMinutes(2);

    public async Task<(CrashState State, string Point)> InspectAsync(CrashStep step, CrashState before, DateTimeOffset attemptStarted, string lastOutput, string context)
    {
        var catalogOptions = new CatalogOptions();
        int runningDeliveries;
        string? ownRun;
        // Bounded: an open that waits for a killed process's lock must fail this test, not hang the suite.
        await using (var catalog = await CatalogDatabase.OpenAsync(catalogOptions, data, CancellationToken.None).WaitAsync(ReopenLimit))
        {
            runningDeliveries = await catalog.Deliveries.AsNoTracking().CountAsync(d => d.Status == DeliveryStatus.Running);
            // Read whole: SQLite cannot compare DateTimeOffset in SQL, and the run history of this test is short.
            var runs = await catalog.JobRuns.AsNoTracking().ToListAsync();
            var running = runs.Where(r => r.Outcome == JobRunOutcome.Running).ToList();
            // `stats run` prints only at its end; the run it recorded Running says which job the kill interrupted.
            ownRun = running.Where(r => r.StartedAt >= attemptStarted).OrderBy(r => r.Id).Select(r => $"{r.JobName} run Running").LastOrDefault();
            tally.RunsLeftRunning += running.Count(r => r.StartedAt >= attemptStarted);
            if (runs.Any(r => r.StartedAt >= attemptStarted))
            {
                // This attempt got as far as recording a run of its own, so it went through start-up, which settles the runs
                // earlier kills left Running: only its own may still be Running.
                running.Where(r => r.StartedAt < attemptStarted).Select(r => $"#{r.Id} {r.JobName} started {r.StartedAt:O}")
                    .Should().BeEmpty($"{context}: a run left Running by an earlier kill is settled (Interrupted) when the next `stats run` starts");
                tally.Check();
            }
        }

        tally.DeliveriesSettled += runningDeliveries;
        IReadOnlySet<string> committed;
        await using (var session = await WarehouseSession.OpenAsync(new WarehouseOptions { DataDirectory = data }, catalogOptions, TimeProvider.System, CancellationToken.None).WaitAsync(ReopenLimit))
        {
            tally.InProcessRestarts++;
            committed = await BatchChecks.RunAsync(session.Writer, session.Catalog, tally, context);
        }

        var (fingerprint, id) = await _vintages.RunAsync(step.Served, context);
        if (id is not null && before.ServedVintageId is { } previous)
        {
            id.Value.Should().BeGreaterThanOrEqualTo(previous, $"{context}: the served vintage never goes back");
            tally.Check();
        }

        var files = Directory.Exists(Path.Combine(data, "vintages"))
            ? Directory.EnumerateFiles(Path.Combine(data, "vintages")).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        var inboxFiles = Directory.Exists(inbox) ? Directory.EnumerateFiles(inbox).Count(f => !f.EndsWith(".ready", StringComparison.Ordinal)) : 0;
        var state = new CrashState(committed, fingerprint, id, inboxFiles, files);
        return (state, PointOf(before, state, runningDeliveries, lastOutput.Length > 0 || ownRun is null ? lastOutput : ownRun));
    }

    /// <summary>
    /// The last thing the killed attempt got done, from what it left behind; when it left nothing, the stage its last
    /// progress line names ("nrm_cases_2025.json: validating", "cube V04", "snapshot ind_cell") or the job run it left Running.
    /// </summary>
    private static string PointOf(CrashState before, CrashState after, int runningDeliveries, string lastOutput)
    {
        var stage = lastOutput.Length == 0 ? "no output yet"
            : lastOutput.EndsWith(" run Running", StringComparison.Ordinal) ? lastOutput
            : lastOutput.Contains(": ", StringComparison.Ordinal) ? lastOutput.Split(": ", 2)[1].Split(' ')[0]
            : lastOutput.Split(' ')[0].ToLowerInvariant();
        bool Appeared(string suffix) => after.VintageFiles.Except(before.VintageFiles).Any(f => f.EndsWith(suffix, StringComparison.Ordinal));
        return (after, runningDeliveries) switch
        {
            _ when after.ServedVintageId != before.ServedVintageId => "current.json switched",
            _ when Appeared(".json") => "vintage manifest written, not switched",
            _ when Appeared(".duckdb") => "vintage file written, no manifest",
            _ when Appeared(".tmp") || Appeared(".tmp.wal") => "snapshot .tmp being written",
            _ when after.InboxFiles < before.InboxFiles => "delivery archived",
            _ when after.CommittedFiles.Count > before.CommittedFiles.Count && runningDeliveries > 0 => "batch committed, catalog still Running",
            _ when after.CommittedFiles.Count > before.CommittedFiles.Count => "batch committed and recorded",
            (_, > 0) => $"delivery Running, batch not committed ({stage})",
            _ => $"nothing kept ({stage})",
        };
    }
}
