using DuckDB.NET.Data;

namespace Stats.Api.Portal;

/// <summary>
/// The charts the portal shows, drawn from the served snapshot (public values only). Optional: without a registration the
/// pages have no chart section.
/// </summary>
public interface IPortalCharts
{
    /// <summary>The charts of the home page, in display order.</summary>
    Task<IReadOnlyList<PortalChart>> FeaturedAsync(DuckDBConnection snapshot, CancellationToken ct);

    /// <summary>The chart of one indicator page (<paramref name="by"/> as in <c>?by=</c>, null for the total), or null for none.</summary>
    Task<PortalChart?> IndicatorAsync(DuckDBConnection snapshot, string indicatorId, string? by, CancellationToken ct);
}
