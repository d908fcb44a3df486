namespace Stats.Warehouse.Indicators.Aggregates;

/// <summary>What a source stated for a cell (stg_aggregate_cell.status), and what a cube cell derived from it is.</summary>
internal enum AggregateStatus
{
    /// <summary>A number.</summary>
    Exact,

    /// <summary>Suppressed at source ('&lt;5', 'c'): only bounds are known.</summary>
    Censored,

    /// <summary>Not available or not applicable (':', '-', empty): nothing is known, not even that it is zero.</summary>
    Missing,
}
