using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Stats.Etl.Contracts;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Looks at every inbox between scheduled pulls and fires the source's pull as soon as a file is ready, so a dropped file
/// waits seconds, not until the next cron fire. Not itself a job: an idle look at a folder is not worth a history row.
/// </summary>
public sealed class InboxWatcher(
    ISchedulerFactory factory, ContractRepository contracts, Inboxes inboxes, JobRunListener runs, IntakeOptions options, TimeProvider time,
    ILogger<InboxWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.ScanInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await ScanOnceAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    public async Task ScanOnceAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        foreach (var contract in contracts.All())
        {
            var job = JobNames.Pull(contract.Id);
            if (runs.IsRunning(job))
            {
                continue;
            }

            try
            {
                var ready = await inboxes.ScanAsync(contract, cancellationToken).ConfigureAwait(false);
                if (ready.Count > 0)
                {
                    await scheduler.TriggerJob(JobNames.Key(job), TriggerKinds.Data(TriggerKinds.Inbox), cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Could not look at the inbox of {Contract}", contract.Id);
            }
        }
    }
}
