namespace Stats.Catalog.Jobs;

/// <summary>What is known when a run starts. <paramref name="Attempt"/> is 1-based; a retry of the same firing keeps <paramref name="FireInstanceId"/>.</summary>
public sealed record JobRunStart(
    string JobName,
    string Trigger,
    string FireInstanceId,
    int Attempt,
    DateTimeOffset? ScheduledFor,
    string InstanceId);
