namespace Stats.Etl.Aggregates;

/// <summary>What a delivered count is: a number, a suppressed value with bounds, or no value with a reason.</summary>
internal enum CellStatus
{
    Exact,
    Censored,
    Missing,
}
