using Quartz;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Why a run started, as the run history shows it. Triggers that are not a schedule carry their kind in the job data
/// (<see cref="DataKey"/>); a scheduled fire later than the misfire threshold is the single catch-up run after downtime.
/// </summary>
public static class TriggerKinds
{
    public const string DataKey = "stats.trigger";
    public const string Cron = "cron";
    public const string CatchUp = "catch-up";
    public const string Manual = "manual";
    public const string Retry = "retry";
    public const string Recovery = "recovery";
    public const string AfterDelivery = "after-delivery";
    public const string Inbox = "inbox";
    public const string Upload = "upload";

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
