using Quartz;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Asks for an export refresh right after a publish, so the new vintage's downloads are ready before anyone asks. The
/// trigger goes through the job store like any other, so a refresh owed when the process stops still runs after the restart.
/// </summary>
public sealed class ExportRefreshRequests(ExportRefreshOptions options)
{
    public async Task RequestAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        if (!options.AfterPublish)
        {
            return;
        }

        await scheduler.TriggerJob(JobNames.Key(JobNames.ExportRefresh), TriggerKinds.Data(TriggerKinds.AfterPublish), cancellationToken).ConfigureAwait(false);
    }
}
