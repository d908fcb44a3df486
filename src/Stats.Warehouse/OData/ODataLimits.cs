namespace Stats.Warehouse.OData;

/// <summary>
/// Size limits on a query, checked after parsing and before any SQL is built (a 400 names the option and the limit).
/// The defaults are Microsoft.AspNetCore.OData's validation defaults (MaxNodeCount 100, MaxOrderByNodeCount 5).
/// </summary>
public sealed record ODataLimits(int MaxNodeCount = 100, int MaxOrderByTerms = 5)
{
    public static readonly ODataLimits Default = new();
}
