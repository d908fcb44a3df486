using System.Globalization;

namespace Stats.Api.Operations;

/// <summary>The admin endpoints over the run history and the scheduler's jobs; admin keys only.</summary>
internal static class AdminEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary><c>GET /admin/runs?job=&amp;limit=</c>: the most recent runs first.</summary>
    public static async Task RunsAsync(HttpContext context)
    {
        if (!await AdminAccess.AllowedAsync(context).ConfigureAwait(false))
        {
            return;
        }

        var query = context.Request.Query;
        if (query["limit"].Count > 1 || query["job"].Count > 1)
        {
            await ApiJson.ErrorAsync(context, 400, "BadRequest", "Give limit and job at most once each.").ConfigureAwait(false);
            return;
        }

        var limit = DefaultLimit;
        if (query.TryGetValue("limit", out var limitText)
            && (!int.TryParse(limitText[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit))
        {
            await ApiJson.ErrorAsync(context, 400, "BadRequest", string.Create(CultureInfo.InvariantCulture, $"limit must be a whole number from 1 to {MaxLimit}.")).ConfigureAwait(false);
            return;
        }

        string? job = null;
        if (query.TryGetValue("job", out var jobText))
        {
            job = jobText[0]?.Trim();
            if (string.IsNullOrEmpty(job))
            {
                await ApiJson.ErrorAsync(context, 400, "BadRequest", "job, when given, must name a job.").ConfigureAwait(false);
                return;
            }
        }

        var runs = await context.RequestServices.GetRequiredService<IJobRunReader>().RecentAsync(limit, job, context.RequestAborted).ConfigureAwait(false);
        await ApiJson.WriteAsync(context, 200, runs, noStore: true).ConfigureAwait(false);
    }

    /// <summary><c>GET /admin/jobs</c>: every job with its schedule and next fire time.</summary>
    public static async Task JobsAsync(HttpContext context)
    {
        if (!await AdminAccess.AllowedAsync(context).ConfigureAwait(false))
        {
            return;
        }

        var jobs = await context.RequestServices.GetRequiredService<IJobTrigger>().ListAsync(context.RequestAborted).ConfigureAwait(false);
        await ApiJson.WriteAsync(context, 200, jobs, noStore: true).ConfigureAwait(false);
    }

    /// <summary><c>POST /admin/jobs/{job}/run</c>: fires the job now; 202, since it runs on the scheduler, not in the request.</summary>
    public static async Task RunAsync(HttpContext context)
    {
        if (!await AdminAccess.AllowedAsync(context).ConfigureAwait(false))
        {
            return;
        }

        var job = (string)context.Request.RouteValues["job"]!;
        var trigger = context.RequestServices.GetRequiredService<IJobTrigger>();
        if (!await trigger.TriggerAsync(job, context.RequestAborted).ConfigureAwait(false))
        {
            await ApiJson.ErrorAsync(context, 404, "UnknownJob", $"There is no job '{job}'; the jobs are: {string.Join(", ", trigger.Jobs)}.").ConfigureAwait(false);
            return;
        }

        await ApiJson.WriteAsync(context, 202, new Triggered(job, "triggered")).ConfigureAwait(false);
    }

    private sealed record Triggered(string Job, string Status);
}
