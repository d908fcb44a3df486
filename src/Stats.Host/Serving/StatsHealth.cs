using Microsoft.EntityFrameworkCore;
using Quartz;
using Stats.Api.Operations;
using Stats.Core.Freshness;
using Stats.Etl.Contracts;
using Stats.Etl.Scheduling;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;

namespace Stats.Host.Serving;

/// <summary>
/// <c>GET /health</c>: the scheduler's state, the vintage served and whether its snapshot opens, whether the writer is busy,
/// and each source's punctuality now, judged by its contract's timeliness rule against the catalog's last successful
/// delivery. A part that cannot be asked is reported as down, never thrown.
/// </summary>
internal sealed class StatsHealth(
    ISchedulerFactory? schedulers, JobRunListener? runs, ContractRepository contracts, CatalogContexts catalog, WarehouseOptions warehouse, TimeProvider time)
    : IHealthReporter
{
    public async Task<HealthReport> ReportAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var scheduler = await SchedulerAsync(cancellationToken).ConfigureAwait(false);
        var store = await WarehouseAsync(now, scheduler, cancellationToken).ConfigureAwait(false);
        var sources = await SourcesAsync(now, cancellationToken).ConfigureAwait(false);
        return HealthReport.From(now, scheduler, store, sources);
    }

    private async Task<SchedulerHealth?> SchedulerAsync(CancellationToken cancellationToken)
    {
        if (schedulers is null || runs is null)
        {
            return null;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var status = await scheduler.GetStatus(cancellationToken).ConfigureAwait(false);
        var jobs = contracts.All().Select(c => JobNames.Pull(c.Id)).Append(JobNames.Retention).ToList();
        var next = new List<DateTimeOffset>();
        foreach (var job in jobs)
        {
            if (await scheduler.GetTrigger(new TriggerKey(job, JobNames.Group), cancellationToken).ConfigureAwait(false) is { NextFireTimeUtc: { } at })
            {
                next.Add(at);
            }
        }

        var executing = jobs.Append(JobNames.Publish).Where(runs.IsRunning).ToList();
        return new SchedulerHealth(
            status is SchedulerStatus.Running or SchedulerStatus.Standby, status == SchedulerStatus.Standby,
            await scheduler.GetSchedulerInstanceId(cancellationToken).ConfigureAwait(false), next.Count,
            next.Count == 0 ? null : next.Min(), executing);
    }

    private async Task<WarehouseHealth> WarehouseAsync(DateTimeOffset now, SchedulerHealth? scheduler, CancellationToken cancellationToken)
    {
        var busy = scheduler?.Executing.Count > 0;
        var current = new VintageStore(warehouse).Current();
        if (current is null)
        {
            return new WarehouseHealth(File.Exists(warehouse.WorkingDatabasePath), busy, null, null, null);
        }

        var reachable = true;
        try
        {
            await using var connection = await new VintageStore(warehouse).OpenReadOnlyAsync(current, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or DuckDB.NET.Data.DuckDBException)
        {
            reachable = false;
        }

        return new WarehouseHealth(
            reachable, busy, current.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), current.PublishedAt,
            (long)(now - current.PublishedAt).TotalSeconds);
    }

    private async Task<IReadOnlyList<SourceHealth>> SourcesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = catalog.Create();
        var last = await db.SourceContracts.AsNoTracking()
            .ToDictionaryAsync(c => c.ContractId, c => c.LastSuccessfulDeliveryAt, cancellationToken).ConfigureAwait(false);
        return contracts.All().Select(c =>
        {
            var delivered = last.GetValueOrDefault(c.Id);
            if (c.Timeliness?.ToRule() is not { } rule)
            {
                return new SourceHealth(c.Id, c.Source.Code, delivered, delivered is null ? SourceStatus.Never : SourceStatus.OnTime, null, null);
            }

            var status = rule.Classify(delivered, now) switch
            {
                FreshnessStatus.Late => SourceStatus.Late,
                FreshnessStatus.Overdue => SourceStatus.Overdue,
                FreshnessStatus.NeverDelivered => SourceStatus.Never,
                _ => SourceStatus.OnTime,
            };
            return new SourceHealth(c.Id, c.Source.Code, delivered, status, rule.LateAt(delivered), rule.OverdueAt(delivered));
        }).ToList();
    }
}
