namespace Stats.Api.Operations;

/// <summary>Overall state of the process; written as "healthy", "degraded", "unhealthy".</summary>
public enum HealthStatus
{
    /// <summary>Everything as expected.</summary>
    Healthy = 0,

    /// <summary>Serving, but something needs attention (stale sources, scheduler in standby): still HTTP 200.</summary>
    Degraded = 1,

    /// <summary>Cannot do its job (scheduler stopped, warehouse unreachable, nothing published): HTTP 503.</summary>
    Unhealthy = 2,
}
