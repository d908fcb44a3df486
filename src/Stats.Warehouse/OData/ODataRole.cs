namespace Stats.Warehouse.OData;

/// <summary>
/// Who reads the OData feed. Public readers see only disclosure-controlled values (obs_value, obs_flag); analysts see
/// raw values, analyst flags and contributor counts.
/// </summary>
public enum ODataRole
{
    Public,
    Analyst,
}
