using Quartz;

namespace Stats.Etl.Scheduling;

/// <summary>Rebuild and publish (<c>publish</c>): fired once after a burst of deliveries, or by hand; a new vintage asks for an export refresh.</summary>
[DisallowConcurrentExecution]
[ExecutionGroup(JobNames.WarehouseGroup)]
public sealed class PublishJob(PublishWork work, ExportRefreshRequests exports) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = await JobBody.RunAsync(() => work.RunAsync(cancellationToken)).ConfigureAwait(false);
        context.Result = report;
        if (report is { Failure: null, VintageId: not null })
        {
            await exports.RequestAsync(context.Scheduler, cancellationToken).ConfigureAwait(false);
        }
    }
}
