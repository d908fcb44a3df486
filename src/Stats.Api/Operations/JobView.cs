namespace Stats.Api.Operations;

/// <summary>A scheduled job as <c>GET /admin/jobs</c> lists it.</summary>
/// <param name="Job">The name <c>POST /admin/jobs/{job}/run</c> takes.</param>
/// <param name="Schedule">Its cron expression, or null for a job that only runs when triggered (e.g. on upload).</param>
/// <param name="NextFireAt">The next scheduled run, if any.</param>
/// <param name="PreviousFireAt">The last time it fired, if any.</param>
/// <param name="Executing">Running right now.</param>
public sealed record JobView(string Job, string? Schedule, DateTimeOffset? NextFireAt, DateTimeOffset? PreviousFireAt, bool Executing);
