using Quartz;

namespace Stats.Etl.Scheduling;

/// <summary>Rebuild and publish (<c>publish</c>): fired once after a burst of deliveries, or by hand.</summary>
[DisallowConcurrentExecution]
[ExecutionGroup(JobNames.WarehouseGroup)]
public sealed class PublishJob(PublishWork work) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Result = await JobBody.RunAsync(() => work.RunAsync(cancellationToken)).ConfigureAwait(false);
    }
}
