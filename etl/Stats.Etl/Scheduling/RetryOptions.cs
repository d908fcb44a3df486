using Quartz;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Retries of a run that failed for a transient reason (network, a lock, a timeout): exponential backoff with jitter,
/// persisted in the job store by Quartz, so a retry survives a restart. Refused deliveries and permanent errors never retry.
/// </summary>
public sealed class RetryOptions
{
    public int MaxAttempts { get; set; } = 5;
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(30);
    public double BackoffFactor { get; set; } = 2;
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Fraction either side of each wait a retry is scattered by, so sources that failed together do not return together.</summary>
    public double Jitter { get; set; } = 0.2;

    public RetryPolicy ToPolicy() => MaxAttempts <= 0
        ? RetryPolicy.None
        : RetryPolicy.Exponential(MaxAttempts, InitialDelay, BackoffFactor, MaxDelay, Jitter);
}
