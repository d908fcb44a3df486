namespace Stats.Etl.Tests.Scheduling;

/// <summary>
/// Scheduler tests run one at a time: Quartz keeps schedulers in a process-wide repository by name ("stats"), so two
/// composed at once would share one scheduler.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SchedulerCollection
{
    public const string Name = "scheduler";
}
