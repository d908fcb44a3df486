namespace Stats.Catalog.Entities;

/// <summary>
/// One run (one attempt of one firing) of a scheduled job. A row is written when the run starts, so a crash leaves it
/// <see cref="JobRunOutcome.Running"/> until the same scheduler instance starts again and marks it interrupted.
/// </summary>
public sealed class JobRun
{
    public long Id { get; init; }

    /// <summary>e.g. "pull:police-victims", "publish", "retention".</summary>
    public required string JobName { get; init; }

    /// <summary>Why it ran: "cron", "manual", "catch-up", "retry", "recovery", "after-delivery".</summary>
    public required string Trigger { get; init; }

    /// <summary>Quartz's id for one firing; a retry of the same firing keeps it and counts <see cref="Attempt"/> up.</summary>
    public required string FireInstanceId { get; init; }

    /// <summary>1-based.</summary>
    public int Attempt { get; init; }

    public DateTimeOffset? ScheduledFor { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; internal set; }
    public JobRunOutcome Outcome { get; internal set; }
    public int FilesSeen { get; internal set; }
    public int DeliveriesLoaded { get; internal set; }
    public int DeliveriesRefused { get; internal set; }
    public int DeliveriesDuplicate { get; internal set; }
    public long RowsLoaded { get; internal set; }
    public int? VintageId { get; internal set; }

    /// <summary>An error or status message for operators; never a stack trace.</summary>
    public string? Message { get; internal set; }

    /// <summary>The scheduler node that ran it (Quartz's instance id).</summary>
    public required string InstanceId { get; init; }
}
