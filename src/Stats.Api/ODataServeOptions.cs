namespace Stats.Api;

/// <summary>Serving limits. Every feed is paged on the server; a client's $top may exceed the page size and is then followed through next links.</summary>
public sealed class ODataServeOptions
{
    /// <summary>The route prefix, without a leading slash.</summary>
    public string RoutePrefix { get; set; } = "odata";

    /// <summary>Rows per response page (server-driven paging).</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>The largest $top accepted (400 above it).</summary>
    public long MaxTop { get; set; } = 10_000_000;

    /// <summary>The largest $skip accepted (400 above it): deep offsets cost a scan.</summary>
    public long MaxSkip { get; set; } = 10_000_000;

    /// <summary>The largest $filter / $orderby expression (in parsed nodes) and the most $orderby terms accepted (400 above them).</summary>
    public Stats.Warehouse.OData.ODataLimits QueryLimits { get; set; } = Stats.Warehouse.OData.ODataLimits.Default;
}
