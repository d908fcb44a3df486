using Quartz;
using Stats.Api.Operations;
using Stats.Etl.Contracts;
using Stats.Etl.Scheduling;

namespace Stats.Host.Serving;

/// <summary>The jobs for <c>GET /admin/jobs</c> and <c>POST /admin/jobs/{job}/run</c>, over this process's Quartz scheduler.</summary>
internal sealed class QuartzJobTrigger(ISchedulerFactory schedulers, ContractRepository contracts, JobRunListener runs) : IJobTrigger
{
    public IReadOnlyList<string> Jobs =>
        [.. contracts.All().Select(c => JobNames.Pull(c.Id)), JobNames.Publish, JobNames.Retention];

    public async Task<IReadOnlyList<JobView>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var views = new List<JobView>();
        foreach (var job in Jobs)
        {
            var trigger = await scheduler.GetTrigger(new TriggerKey(job, JobNames.Group), cancellationToken).ConfigureAwait(false);
            views.Add(new JobView(job, (trigger as ICronTrigger)?.CronExpressionString, trigger?.NextFireTimeUtc, trigger?.PreviousFireTimeUtc, runs.IsRunning(job)));
        }

        return views;
    }

    public async Task<bool> TriggerAsync(string job, CancellationToken cancellationToken)
    {
        if (!Jobs.Contains(job, StringComparer.Ordinal))
        {
            return false;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.TriggerJob(JobNames.Key(job), TriggerKinds.Data(TriggerKinds.Manual), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
