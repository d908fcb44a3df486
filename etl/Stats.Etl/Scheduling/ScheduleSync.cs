using Microsoft.Extensions.Logging;
using Quartz;
using Stats.Charts.Packs;
using Stats.Etl.Contracts;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Puts the jobs the contracts and options describe into the job store at start-up: a pull job per contract on the
/// contract's cron, publish (fired by deliveries or by hand), retention, the monthly pack and the export refresh. A cron trigger is replaced only when its
/// expression changed, because replacing it would forget a fire missed during downtime, which must still run once.
/// Cron triggers use FireAndProceed: after downtime across several fires, exactly one catch-up run.
/// </summary>
public sealed class ScheduleSync(
    ContractRepository contracts, SchedulerOptions options, PackOptions packs, ExportRefreshOptions exports, TimeProvider time, ILogger<ScheduleSync> logger)
{
    public async Task<IReadOnlyList<string>> ApplyAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var jobs = new List<string>();
        foreach (var contract in contracts.All())
        {
            var name = JobNames.Pull(contract.Id);
            var job = JobBuilder.Create<PullJob>()
                .WithIdentity(JobNames.Key(name))
                .WithDescription($"Pull deliveries of {contract.Source.Name} ({contract.Id})")
                .UsingJobData(PullJob.ContractKey, contract.Id)
                .StoreDurably()
                .RequestRecovery()
                .Build();
            await EnsureAsync(scheduler, job, contract.Schedule, cancellationToken).ConfigureAwait(false);
            jobs.Add(name);
        }

        var publish = JobBuilder.Create<PublishJob>().WithIdentity(JobNames.Key(JobNames.Publish))
            .WithDescription("Rebuild the model and indicators and publish a new vintage").StoreDurably().RequestRecovery().Build();
        await scheduler.AddJob(publish, AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        jobs.Add(JobNames.Publish);

        var retention = JobBuilder.Create<RetentionJob>().WithIdentity(JobNames.Key(JobNames.Retention))
            .WithDescription("Delete vintages and delivery files past their retention").StoreDurably().RequestRecovery().Build();
        await EnsureAsync(scheduler, retention, options.Retention.Schedule, cancellationToken).ConfigureAwait(false);
        jobs.Add(JobNames.Retention);

        // Not in the warehouse group: the pack only reads the served vintage, so it need not wait for a load.
        var pack = JobBuilder.Create<PackJob>().WithIdentity(JobNames.Key(JobNames.Pack))
            .WithDescription("Make last month's chart packs and deliver them to the subscribers").StoreDurably().RequestRecovery().Build();
        await EnsureAsync(scheduler, pack, packs.Schedule, cancellationToken, executionGroup: null).ConfigureAwait(false);
        jobs.Add(JobNames.Pack);

        // Not in the warehouse group either: it reads published snapshots only. Also fired after each publish (PublishJob).
        var export = JobBuilder.Create<ExportJob>().WithIdentity(JobNames.Key(JobNames.ExportRefresh))
            .WithDescription("Write the current vintage's public exports and delete those of vintages no longer kept").StoreDurably().RequestRecovery().Build();
        await EnsureAsync(scheduler, export, exports.Schedule, cancellationToken, executionGroup: null).ConfigureAwait(false);
        jobs.Add(JobNames.ExportRefresh);
        return jobs;
    }

    private async Task EnsureAsync(
        IScheduler scheduler, IJobDetail job, string? cron, CancellationToken cancellationToken, string? executionGroup = JobNames.WarehouseGroup)
    {
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        var key = new TriggerKey(job.Key.Name, JobNames.Group);
        var existing = await scheduler.GetTrigger(key, cancellationToken).ConfigureAwait(false) as ICronTrigger;
        if (string.IsNullOrWhiteSpace(cron))
        {
            if (existing is not null)
            {
                await scheduler.UnscheduleJob(key, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (existing?.CronExpressionString == cron)
        {
            return;
        }

        var builder = TriggerBuilder.Create(time).WithIdentity(key).ForJob(job);
        if (executionGroup is not null)
        {
            builder = builder.WithExecutionGroup(executionGroup);
        }

        var trigger = builder.WithCronSchedule(cron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed).InTimeZone(TimeZoneInfo.Utc))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Scheduled {Job} on '{Cron}' (UTC)", job.Key.Name, cron);
    }
}
