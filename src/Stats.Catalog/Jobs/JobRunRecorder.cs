using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Configuration;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Jobs;

/// <summary>
/// Writes the scheduler's run history. Each method saves its own changes, so a run is visible as Running while it
/// works and a crash leaves evidence; one recorder per context, not thread-safe.
/// </summary>
public sealed class JobRunRecorder(CatalogDbContext db, TimeProvider time)
{
    public const string InterruptedMessage = "interrupted: the process stopped during the run";

    /// <summary>Records a run as Running and returns its id; the same attempt of the same firing cannot start twice.</summary>
    public async Task<long> StartedAsync(JobRunStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        Require(start.JobName, 100, nameof(start.JobName));
        Require(start.Trigger, 32, nameof(start.Trigger));
        Require(start.FireInstanceId, 64, nameof(start.FireInstanceId));
        Require(start.InstanceId, 100, nameof(start.InstanceId));
        ArgumentOutOfRangeException.ThrowIfLessThan(start.Attempt, 1, nameof(start.Attempt));

        var run = new JobRun
        {
            JobName = start.JobName,
            Trigger = start.Trigger,
            FireInstanceId = start.FireInstanceId,
            Attempt = start.Attempt,
            ScheduledFor = start.ScheduledFor,
            StartedAt = time.GetUtcNow(),
            Outcome = JobRunOutcome.Running,
            InstanceId = start.InstanceId,
        };
        db.JobRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            db.Entry(run).State = EntityState.Detached;
            if (await db.JobRuns.AsNoTracking().AnyAsync(r => r.FireInstanceId == start.FireInstanceId && r.Attempt == start.Attempt, cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"Attempt {start.Attempt} of firing '{start.FireInstanceId}' ({start.JobName}) was already recorded.");
            }

            throw;
        }

        return run.Id;
    }

    /// <summary>Records how a Running run ended; finishing twice, or a run already marked interrupted, is refused.</summary>
    public async Task FinishedAsync(long runId, JobRunEnd end, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(end);
        if (end.Outcome == JobRunOutcome.Running)
        {
            throw new ArgumentException("A finished run needs an outcome other than Running.", nameof(end));
        }

        var run = await db.JobRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Job run {runId} was never started.");
        if (run.Outcome != JobRunOutcome.Running)
        {
            throw new InvalidOperationException($"Job run {runId} already finished as {run.Outcome}.");
        }

        run.FinishedAt = time.GetUtcNow();
        run.Outcome = end.Outcome;
        run.FilesSeen = end.FilesSeen;
        run.DeliveriesLoaded = end.DeliveriesLoaded;
        run.DeliveriesRefused = end.DeliveriesRefused;
        run.DeliveriesDuplicate = end.DeliveriesDuplicate;
        run.RowsLoaded = end.RowsLoaded;
        run.VintageId = end.VintageId;
        run.Message = Fit(end.Message);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// At start-up: this scheduler instance's runs still Running belong to a previous life of the process (this one has
    /// not started any yet), so they become Interrupted, finished now. Other instances' runs may be alive and are left alone.
    /// </summary>
    public async Task<int> MarkInterruptedAsync(string instanceId, CancellationToken cancellationToken)
    {
        Require(instanceId, 100, nameof(instanceId));
        var now = time.GetUtcNow();
        return await db.JobRuns
            .Where(r => r.InstanceId == instanceId && r.Outcome == JobRunOutcome.Running)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Outcome, JobRunOutcome.Interrupted)
                    .SetProperty(r => r.FinishedAt, now)
                    .SetProperty(r => r.Message, InterruptedMessage),
                cancellationToken)
            .ConfigureAwait(false);
    }

    private static void Require(string value, int maxLength, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength)
        {
            throw new ArgumentException($"{name} must be 1 to {maxLength} characters.", name);
        }
    }

    /// <summary>A message longer than the column keeps its start, which names the error.</summary>
    private static string? Fit(string? message) =>
        message is { Length: > JobRunRules.MessageLength } ? string.Concat(message.AsSpan(0, JobRunRules.MessageLength - 1), "…") : message;
}
