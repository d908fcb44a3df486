namespace Stats.Api.Operations;

/// <summary>The scheduler's jobs as the admin endpoints see them; implemented by the host over Quartz.</summary>
public interface IJobTrigger
{
    /// <summary>The names of the jobs that can be triggered.</summary>
    IReadOnlyList<string> Jobs { get; }

    /// <summary>Every job with its schedule and next fire time.</summary>
    Task<IReadOnlyList<JobView>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Fires the job now (it then runs under the scheduler's rules, e.g. one writer at a time); false for an unknown job.</summary>
    Task<bool> TriggerAsync(string job, CancellationToken cancellationToken);
}
