using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Starts the scheduler in the `stats serve` process: settles the runs a previous life of this node left Running, puts the
/// jobs into the job store, then starts firing (missed fires run once, interrupted jobs that asked for recovery run again).
/// Stops by waiting for the running jobs, so a graceful stop never leaves a half-done run.
/// </summary>
public sealed class SchedulerService(
    ISchedulerFactory factory, ScheduleSync sync, RunHistory history, JobRunListener listener, ILogger<SchedulerService> logger) : IHostedService
{
    private IScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var interrupted = await history.MarkInterruptedAsync(listener.Node, cancellationToken).ConfigureAwait(false);
        if (interrupted > 0)
        {
            logger.LogWarning("{Count} run(s) were interrupted by the last stop of node {Node}; recoverable jobs run again now", interrupted, listener.Node);
        }

        _scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        var jobs = await sync.ApplyAsync(_scheduler, cancellationToken).ConfigureAwait(false);
        await _scheduler.Start(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Scheduler started with {Count} jobs", jobs.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is not null)
        {
            await _scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken).ConfigureAwait(false);
        }
    }
}
