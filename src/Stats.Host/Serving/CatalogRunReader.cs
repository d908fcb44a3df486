using System.Globalization;
using Stats.Api.Operations;
using Stats.Catalog.Entities;
using Stats.Catalog.Jobs;
using Stats.Etl.Scheduling;

namespace Stats.Host.Serving;

/// <summary>The run history for <c>GET /admin/runs</c>, read from the catalog with one short-lived context per request.</summary>
internal sealed class CatalogRunReader(CatalogContexts catalog) : IJobRunReader
{
    public async Task<IReadOnlyList<JobRunView>> RecentAsync(int limit, string? job, CancellationToken cancellationToken)
    {
        await using var db = catalog.Create();
        var runs = await new JobRunQueries(db).RecentAsync(limit, job, cancellationToken).ConfigureAwait(false);
        return runs.Select(View).ToList();
    }

    private static JobRunView View(JobRunRecord r) => new(
        r.Id, r.JobName, r.Trigger, r.Attempt, r.ScheduledFor, r.StartedAt, r.FinishedAt, Outcome(r.Outcome),
        new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["filesSeen"] = r.FilesSeen,
            ["deliveriesLoaded"] = r.DeliveriesLoaded,
            ["deliveriesRefused"] = r.DeliveriesRefused,
            ["deliveriesDuplicate"] = r.DeliveriesDuplicate,
            ["rowsLoaded"] = r.RowsLoaded,
        },
        r.VintageId?.ToString(CultureInfo.InvariantCulture), r.Message, r.InstanceId);

    private static string Outcome(JobRunOutcome outcome) => outcome switch
    {
        JobRunOutcome.WillRetry => "will_retry",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
