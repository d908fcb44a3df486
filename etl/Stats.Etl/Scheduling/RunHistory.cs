using Stats.Catalog.Entities;
using Stats.Catalog.Jobs;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Writes runs to the catalog (job_runs) for both ways a job runs: fired by Quartz (through <see cref="JobRunListener"/>) and
/// run by hand in a process without a scheduler (`stats run` with no server running). One short-lived context per write.
/// </summary>
public sealed class RunHistory(CatalogContexts catalog, TimeProvider time)
{
    public async Task<long> StartedAsync(JobRunStart start, CancellationToken cancellationToken)
    {
        await using var db = catalog.Create();
        return await new JobRunRecorder(db, time).StartedAsync(start, cancellationToken).ConfigureAwait(false);
    }

    public async Task FinishedAsync(long runId, JobRunOutcome outcome, JobReport? report, string? error, CancellationToken cancellationToken)
    {
        await using var db = catalog.Create();
        var end = new JobRunEnd(
            outcome,
            report?.FilesSeen ?? 0,
            report?.DeliveriesLoaded ?? 0,
            report?.DeliveriesRefused ?? 0,
            report?.DeliveriesDuplicate ?? 0,
            report?.RowsLoaded ?? 0,
            report?.VintageId,
            error ?? report?.Failure ?? report?.Message);
        await new JobRunRecorder(db, time).FinishedAsync(runId, end, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> MarkInterruptedAsync(string node, CancellationToken cancellationToken)
    {
        await using var db = catalog.Create();
        return await new JobRunRecorder(db, time).MarkInterruptedAsync(node, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The outcome a finished report stands for.</summary>
    public static JobRunOutcome OutcomeOf(JobReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Failure is not null ? JobRunOutcome.Failed : report.Idle ? JobRunOutcome.Skipped : JobRunOutcome.Succeeded;
    }
}
