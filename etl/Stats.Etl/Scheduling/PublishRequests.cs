using Quartz;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Publish once per burst of deliveries: the first loaded delivery stores a one-shot trigger <see cref="SchedulerOptions.PublishDelay"/>
/// ahead; deliveries loaded before it fires find it there and add nothing. A delivery loaded after it fired stores a new one.
/// The trigger lives in the job store, so a publish owed before a crash still happens after the restart.
/// </summary>
public sealed class PublishRequests(SchedulerOptions options, TimeProvider time)
{
    public static readonly TriggerKey Key = new("publish-after-delivery", JobNames.Group);

    public async Task RequestAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        if (await scheduler.GetTrigger(Key, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(Key)
            .ForJob(JobNames.Key(JobNames.Publish))
            .UsingJobData(TriggerKinds.Data(TriggerKinds.AfterDelivery))
            .WithExecutionGroup(JobNames.WarehouseGroup)
            .StartAt(time.GetUtcNow() + options.PublishDelay)
            .Build();
        try
        {
            await scheduler.ScheduleJob(trigger, default, cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another pull stored it between the look-up and here: one publish is owed either way.
        }
    }
}
