using Quartz;
using Stats.Etl.Packs;

namespace Stats.Etl.Scheduling;

/// <summary>The monthly chart pack (<c>pack</c>): last month's packs for every subscriber, from the served vintage.</summary>
[DisallowConcurrentExecution]
public sealed class PackJob(PackWork work) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Result = await JobBody.RunAsync(() => work.RunScheduledAsync(cancellationToken)).ConfigureAwait(false);
    }
}
