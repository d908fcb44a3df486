using Quartz;
using Stats.Catalog.Jobs;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Why a run started, as the run history shows it. Triggers that are not a schedule carry their kind in the job data
/// (<see cref="DataKey"/>); a scheduled fire later than the misfire threshold is the single catch-up run after downtime.
/// </summary>
public static class TriggerKinds
{
    public const string DataKey = "stats.trigger";
    // The names themselves are the run history's (catalog), so the recorded words have one definition.
    public const string Cron = JobRunTriggers.Cron;
    public const string CatchUp = JobRunTriggers.CatchUp;
    public const string Manual = JobRunTriggers.Manual;
    public const string Retry = JobRunTriggers.Retry;
    public const string Recovery = JobRunTriggers.Recovery;
    public const string AfterDelivery = JobRunTriggers.AfterDelivery;
    public const string AfterPublish = JobRunTriggers.AfterPublish;
    public const string Inbox = JobRunTriggers.Inbox;
    public const string Upload = JobRunTriggers.Upload;

    public static string Of(IJobExecutionContext context, TimeSpan misfireThreshold)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Recovering)
        {
            return Recovery;
        }

        if (context.RetryAttempt > 0)
        {
            return Retry;
        }

        if (context.MergedJobDataMap.TryGetString(DataKey, out var kind) && !string.IsNullOrEmpty(kind))
        {
            return kind;
        }

        return context.ScheduledFireTimeUtc is { } scheduled && context.FireTimeUtc - scheduled > misfireThreshold ? CatchUp : Cron;
    }

    public static JobDataMap Data(string kind) => new() { [DataKey] = kind };
}
