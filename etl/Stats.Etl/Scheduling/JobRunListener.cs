using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Quartz;
using Stats.Catalog.Entities;
using Stats.Catalog.Jobs;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Records every Quartz run in the catalog's run history: a row when it starts (left Running if the process dies, and
/// settled as Interrupted at the next start) and its outcome, counts and error when it ends. Also knows which jobs run now.
/// A failure to write history is logged and never fails the job itself.
/// </summary>
public sealed class JobRunListener(RunHistory history, SchedulerOptions options, ILogger<JobRunListener> logger) : IJobListener
{
    private readonly ConcurrentDictionary<string, long> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _running = new(StringComparer.Ordinal);

    public string Name => "stats-run-history";

    /// <summary>This node's name in the history; stable across restarts so that its interrupted runs can be found.</summary>
    public string Node { get; } = options.InstanceId ?? Environment.MachineName;

    public bool IsRunning(string job) => _running.TryGetValue(job, out var n) && n > 0;

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.JobDetail.Key.Name;
        _running.AddOrUpdate(job, 1, (_, n) => n + 1);
        var start = new JobRunStart(
            job, TriggerKinds.Of(context, options.MisfireThreshold), context.FireInstanceId, context.RetryAttempt + 1,
            context.ScheduledFireTimeUtc, Node);
        try
        {
            _runs[context.FireInstanceId] = await history.StartedAsync(start, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not record the start of {Job}", job);
        }
    }

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.JobDetail.Key.Name;
        _running.AddOrUpdate(job, 0, (_, n) => Math.Max(0, n - 1));
        if (!_runs.TryRemove(context.FireInstanceId, out var runId))
        {
            return;
        }

        var report = context.Result as JobReport;
        var outcome = jobException is null
            ? RunHistory.OutcomeOf(report ?? new JobReport())
            : context.RetryScheduled ? JobRunOutcome.WillRetry : JobRunOutcome.Failed;
        var error = jobException is null ? null : Describe(jobException);
        try
        {
            // The history is written even when the scheduler is shutting down: the run did end.
            await history.FinishedAsync(runId, outcome, report, error, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not record the end of {Job}", job);
        }
    }

    // The job's own message, not the wrapper's, and never a stack trace.
    private static string Describe(JobExecutionException e) => (e.InnerException ?? e).Message;
}
