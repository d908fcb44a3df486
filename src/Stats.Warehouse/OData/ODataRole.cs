namespace Stats.Warehouse.OData;

/// <summary>
/// Who reads the OData feed, in increasing order of trust (compare with &lt; and &gt;=). Public readers see only
/// disclosure-controlled values (obs_value, obs_flag); analysts see raw values, analyst flags, contributor counts and
/// the anonymised fact tables; admins also see the delivery lineage.
/// </summary>
public enum ODataRole
{
    Public = 0,
    Analyst = 1,
    Admin = 2,
}
