namespace Stats.Api.Operations;

/// <summary>The scheduler of this process (Quartz, as seen by the host).</summary>
/// <param name="Running">Started and not shut down.</param>
/// <param name="Standby">Started but paused (or a cluster node waiting); jobs do not fire.</param>
/// <param name="NodeId">The scheduler instance id (the cluster node).</param>
/// <param name="JobsScheduled">Jobs with at least one trigger.</param>
/// <param name="NextFireAt">The earliest next fire time over all triggers, if any.</param>
/// <param name="Executing">Jobs running right now.</param>
public sealed record SchedulerHealth(
    bool Running,
    bool Standby,
    string? NodeId,
    int JobsScheduled,
    DateTimeOffset? NextFireAt,
    IReadOnlyList<string> Executing);
