using Stats.Catalog.Entities;
using Stats.Catalog.Jobs;
using Stats.Etl.Packs;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Runs a job in this process, outside Quartz: `stats run &lt;job&gt;` when no `stats serve` holds the data folder. The run is
/// recorded like a scheduled one (trigger "manual"); a pull that loaded something (or found a loaded delivery not served yet) is followed by a publish, as the
/// scheduler would do after its delay, and a publish that made a vintage by an export refresh (unless Exports:AfterPublish is false). Transient failures are reported, not retried: the operator is at the keyboard.
/// </summary>
public sealed class ManualRuns(
    PullWork pull, PublishWork publish, RetentionWork retention, PackWork pack, ExportWork export, ExportRefreshOptions exports, RunHistory history,
    SchedulerOptions options, TimeProvider time)
{
    public async Task<IReadOnlyList<(string Job, JobRunOutcome Outcome, JobReport Report)>> RunAsync(string job, CancellationToken cancellationToken)
    {
        // Runs here only while this process holds the data folder (no serve, no other `stats run`), so this node's runs
        // still Running were cut short by a kill or a crash: settle them as Interrupted, as a starting serve does.
        await history.MarkInterruptedAsync(Node, cancellationToken).ConfigureAwait(false);
        var results = new List<(string, JobRunOutcome, JobReport)>();
        var (outcome, report) = await RunOneAsync(job, cancellationToken).ConfigureAwait(false);
        results.Add((job, outcome, report));
        if (JobNames.IsPull(job, out _) && report.PublishOwed)
        {
            var (publishOutcome, publishReport) = await RunOneAsync(JobNames.Publish, cancellationToken).ConfigureAwait(false);
            results.Add((JobNames.Publish, publishOutcome, publishReport));
        }

        if (exports.AfterPublish && results[^1] is (JobNames.Publish, _, { Failure: null, VintageId: not null }))
        {
            var (exportOutcome, exportReport) = await RunOneAsync(JobNames.ExportRefresh, cancellationToken).ConfigureAwait(false);
            results.Add((JobNames.ExportRefresh, exportOutcome, exportReport));
        }

        return results;
    }

    private string Node => options.InstanceId ?? Environment.MachineName;

    private async Task<(JobRunOutcome, JobReport)> RunOneAsync(string job, CancellationToken cancellationToken)
    {
        var work = Work(job);
        var fire = "manual-" + Guid.NewGuid().ToString("N");
        var runId = await history.StartedAsync(
            new JobRunStart(job, TriggerKinds.Manual, fire, 1, time.GetUtcNow(), Node), cancellationToken).ConfigureAwait(false);
        JobReport report;
        try
        {
            report = await work(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            report = new JobReport { Failure = e.Message };
        }

        var outcome = RunHistory.OutcomeOf(report);
        await history.FinishedAsync(runId, outcome, report, null, CancellationToken.None).ConfigureAwait(false);
        return (outcome, report);
    }

    private Func<CancellationToken, Task<JobReport>> Work(string job) =>
        job switch
        {
            JobNames.Publish => publish.RunAsync,
            JobNames.Retention => retention.RunAsync,
            JobNames.Pack => pack.RunScheduledAsync,
            JobNames.ExportRefresh => export.RunAsync,
            _ when JobNames.IsPull(job, out var contract) => ct => pull.RunAsync(contract, ct),
            _ => throw new ArgumentException($"Unknown job '{job}'. Jobs: pull:<contract-id>, {JobNames.Publish}, {JobNames.Retention}, {JobNames.Pack}, {JobNames.ExportRefresh}.", nameof(job)),
        };
}
