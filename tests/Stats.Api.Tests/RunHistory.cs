using Stats.Api.Operations;

namespace Stats.Api.Tests;

/// <summary>
/// A run history in memory: 60 runs, ids 1..60 one hour apart, the job alternating "pull:police-nl" (odd ids) and
/// "publish" (even ids). Most recent first, like the catalog's query.
/// </summary>
internal sealed class RunHistory : IJobRunReader
{
    public static readonly DateTimeOffset First = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<JobRunView> _runs = Enumerable.Range(1, 60).Select(i => new JobRunView(
        i,
        i % 2 == 1 ? "pull:police-nl" : "publish",
        "schedule",
        1,
        First.AddHours(i),
        First.AddHours(i).AddSeconds(1),
        First.AddHours(i).AddSeconds(20),
        "succeeded",
        new Dictionary<string, long> { ["rows"] = i * 10 },
        i % 2 == 0 ? "v" + i : null,
        null,
        "node-a")).ToList();

    public Task<IReadOnlyList<JobRunView>> RecentAsync(int limit, string? job, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JobRunView>>(_runs.Where(r => job is null || r.Job == job).OrderByDescending(r => r.StartedAt).Take(limit).ToList());
}
