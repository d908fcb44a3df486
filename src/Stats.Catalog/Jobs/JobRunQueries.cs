using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Jobs;

/// <summary>Read-only views of the run history for the CLI and the API.</summary>
public sealed class JobRunQueries(CatalogDbContext db)
{
    private static readonly Expression<Func<JobRun, JobRunRecord>> Record = r => new JobRunRecord(
        r.Id, r.JobName, r.Trigger, r.FireInstanceId, r.Attempt, r.ScheduledFor, r.StartedAt, r.FinishedAt, r.Outcome,
        r.FilesSeen, r.DeliveriesLoaded, r.DeliveriesRefused, r.DeliveriesDuplicate, r.RowsLoaded, r.VintageId, r.Message, r.InstanceId);

    /// <summary>The latest runs first (by start, then id), of every job or of <paramref name="jobName"/> only.</summary>
    public async Task<IReadOnlyList<JobRunRecord>> RecentAsync(int limit, string? jobName, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var runs = db.JobRuns.AsNoTracking();
        if (jobName is not null)
        {
            runs = runs.Where(r => r.JobName == jobName);
        }

        return await runs
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Take(limit)
            .Select(Record)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The latest run of a job, or the latest with <paramref name="outcome"/> (e.g. the last success); null when none.</summary>
    public async Task<JobRunRecord?> LastAsync(string jobName, JobRunOutcome? outcome, CancellationToken cancellationToken)
    {
        var runs = db.JobRuns.AsNoTracking().Where(r => r.JobName == jobName);
        if (outcome is { } wanted)
        {
            runs = runs.Where(r => r.Outcome == wanted);
        }

        return await runs
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Select(Record)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Runs still Running on any instance, oldest first.</summary>
    public async Task<IReadOnlyList<JobRunRecord>> RunningAsync(CancellationToken cancellationToken) =>
        await db.JobRuns.AsNoTracking()
            .Where(r => r.Outcome == JobRunOutcome.Running)
            .OrderBy(r => r.StartedAt).ThenBy(r => r.Id)
            .Select(Record)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
}
