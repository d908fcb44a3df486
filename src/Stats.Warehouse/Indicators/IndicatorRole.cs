namespace Stats.Warehouse.Indicators;

/// <summary>
/// Who is reading. Public sees only protected values (suppressed cells have no value, flag c); analyst sees the
/// unprotected aggregates with the status public readers get. Nobody outside the warehouse sees linkage keys.
/// </summary>
public enum IndicatorRole
{
    Public,
    Analyst,
}
