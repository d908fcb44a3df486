using Quartz;

namespace Stats.Etl.Scheduling;

/// <summary>The scheduled pull of one source (<c>pull:&lt;contract-id&gt;</c>); asks for a publish when something loaded or a loaded delivery is not served yet.</summary>
[DisallowConcurrentExecution]
[ExecutionGroup(JobNames.WarehouseGroup)]
public sealed class PullJob(PullWork work, PublishRequests publish) : IJob
{
    public const string ContractKey = "stats.contract";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var contractId = context.MergedJobDataMap.GetString(ContractKey)
            ?? throw new InvalidOperationException($"Job {context.JobDetail.Key} has no {ContractKey}.");
        var report = await JobBody.RunAsync(() => work.RunAsync(contractId, cancellationToken)).ConfigureAwait(false);
        context.Result = report;
        if (report.PublishOwed)
        {
            await publish.RequestAsync(context.Scheduler, cancellationToken).ConfigureAwait(false);
        }
    }
}
