using Stats.Catalog.Entities;

namespace Stats.Catalog.Jobs;

/// <summary>One row of <c>job_runs</c>, as the CLI and the API show it.</summary>
public sealed record JobRunRecord(
    long Id,
    string JobName,
    string Trigger,
    string FireInstanceId,
    int Attempt,
    DateTimeOffset? ScheduledFor,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    JobRunOutcome Outcome,
    int FilesSeen,
    int DeliveriesLoaded,
    int DeliveriesRefused,
    int DeliveriesDuplicate,
    long RowsLoaded,
    int? VintageId,
    string? Message,
    string InstanceId);
