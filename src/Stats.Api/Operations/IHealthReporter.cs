namespace Stats.Api.Operations;

/// <summary>Gathers the health of the process (scheduler, warehouse, sources); implemented by the host.</summary>
public interface IHealthReporter
{
    /// <summary>A fresh report; should answer within a few seconds even when a part is down (report it unreachable instead of throwing).</summary>
    Task<HealthReport> ReportAsync(CancellationToken cancellationToken);
}
