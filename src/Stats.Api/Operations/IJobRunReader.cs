namespace Stats.Api.Operations;

/// <summary>Reads the run history; implemented by the host over the catalog.</summary>
public interface IJobRunReader
{
    /// <summary>The most recent runs first, at most <paramref name="limit"/>, of one job or of all when <paramref name="job"/> is null.</summary>
    Task<IReadOnlyList<JobRunView>> RecentAsync(int limit, string? job, CancellationToken cancellationToken);
}
