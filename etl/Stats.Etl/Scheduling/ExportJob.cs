using Quartz;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Export refresh (<c>export-refresh</c>): the public exports of the current vintage, on its cron and after each publish.
/// Not in the warehouse group: it only reads published snapshots, so it need not wait for a load.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ExportJob(ExportWork work) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Result = await JobBody.RunAsync(() => work.RunAsync(cancellationToken)).ConfigureAwait(false);
    }
}
