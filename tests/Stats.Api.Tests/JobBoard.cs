using System.Collections.Concurrent;
using Stats.Api.Operations;

namespace Stats.Api.Tests;

/// <summary>Two jobs with fixed schedules; triggering records the name (the host's implementation fires Quartz).</summary>
internal sealed class JobBoard : IJobTrigger
{
    public static readonly DateTimeOffset NextPull = new(2026, 3, 3, 6, 0, 0, TimeSpan.Zero);

    public ConcurrentQueue<string> Triggered { get; } = new();

    public IReadOnlyList<string> Jobs => ["pull:police-nl", "publish"];

    public Task<IReadOnlyList<JobView>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JobView>>(
        [
            new JobView("pull:police-nl", "0 0 6 * * ?", NextPull, NextPull.AddDays(-1), false),
            new JobView("publish", null, null, null, false),
        ]);

    public Task<bool> TriggerAsync(string job, CancellationToken cancellationToken)
    {
        if (!Jobs.Contains(job))
        {
            return Task.FromResult(false);
        }

        Triggered.Enqueue(job);
        return Task.FromResult(true);
    }
}
