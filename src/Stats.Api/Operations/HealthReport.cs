namespace Stats.Api.Operations;

/// <summary>
/// The answer of <c>GET /health</c>. Build it with <see cref="From"/>, which applies the rules for <see cref="Status"/> and
/// <see cref="Stale"/>, so every host judges health the same way.
/// </summary>
/// <param name="Status">Healthy, degraded (HTTP 200) or unhealthy (HTTP 503).</param>
/// <param name="CheckedAt">When the report was made.</param>
/// <param name="Scheduler">Null in a process that runs no scheduler (an API-only replica); not a fault then.</param>
/// <param name="Warehouse">The served snapshot and the writer.</param>
/// <param name="Sources">One entry per source contract.</param>
/// <param name="Stale">Contract ids whose sources are late or overdue.</param>
public sealed record HealthReport(
    HealthStatus Status,
    DateTimeOffset CheckedAt,
    SchedulerHealth? Scheduler,
    WarehouseHealth Warehouse,
    IReadOnlyList<SourceHealth> Sources,
    IReadOnlyList<string> Stale)
{
    /// <summary>
    /// Unhealthy when the scheduler is stopped, the warehouse unreachable or nothing is published; degraded when the
    /// scheduler is in standby or a source is late or overdue; healthy otherwise. A source that never delivered is not
    /// stale by itself (a new contract): its schedule makes it late once a delivery was due.
    /// </summary>
    public static HealthReport From(DateTimeOffset checkedAt, SchedulerHealth? scheduler, WarehouseHealth warehouse, IReadOnlyList<SourceHealth> sources)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(sources);
        var stale = sources.Where(s => s.Status is SourceStatus.Late or SourceStatus.Overdue).Select(s => s.ContractId).ToList();
        var status = (scheduler is { Running: false } || !warehouse.Reachable || warehouse.VintageId is null)
            ? HealthStatus.Unhealthy
            : (scheduler is { Standby: true } || stale.Count > 0) ? HealthStatus.Degraded : HealthStatus.Healthy;
        return new HealthReport(status, checkedAt, scheduler, warehouse, sources, stale);
    }
}
