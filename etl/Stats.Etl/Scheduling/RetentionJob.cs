using Quartz;

namespace Stats.Etl.Scheduling;

/// <summary>Retention clean-up (<c>retention</c>), in the warehouse group so that it never deletes while a publish switches vintages.</summary>
[DisallowConcurrentExecution]
[ExecutionGroup(JobNames.WarehouseGroup)]
public sealed class RetentionJob(RetentionWork work) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Result = await JobBody.RunAsync(() => work.RunAsync(cancellationToken)).ConfigureAwait(false);
    }
}
