namespace Stats.Api.Operations;

/// <summary>One run of a scheduled job, as the run history (catalog) records it.</summary>
/// <param name="Id">The run's id in the history.</param>
/// <param name="Job">The job's name, e.g. "pull:police-nl" or "publish".</param>
/// <param name="Trigger">What started it: "schedule", "manual", "upload", "retry"… (the host's words).</param>
/// <param name="Attempt">1 for the first try, then retries.</param>
/// <param name="ScheduledFor">The fire time it was scheduled for, if scheduled.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it ended; null while running.</param>
/// <param name="Outcome">"running", "succeeded", "failed", "refused"… (the host's words).</param>
/// <param name="Counts">Figures of the run, e.g. rows loaded, rows quarantined.</param>
/// <param name="VintageId">The vintage it published, if any.</param>
/// <param name="Message">A short reason on failure or refusal; never row values.</param>
/// <param name="Instance">The scheduler node that ran it.</param>
public sealed record JobRunView(
    long Id,
    string Job,
    string Trigger,
    int Attempt,
    DateTimeOffset? ScheduledFor,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Outcome,
    IReadOnlyDictionary<string, long> Counts,
    string? VintageId,
    string? Message,
    string? Instance);
