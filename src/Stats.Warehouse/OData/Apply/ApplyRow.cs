using Stats.Core.Disclosure;

namespace Stats.Warehouse.OData.Apply;

/// <summary>
/// One result row: values index-aligned with <see cref="ApplyResult.Columns"/> (string, int, long, double, bool, DateOnly
/// or null) and the cubes' confidentiality status (Free, Primary C, Secondary D).
/// </summary>
public sealed record ApplyRow(IReadOnlyList<object?> Values, ConfidentialityStatus Status)
{
    /// <summary>The SDMX CONF_STATUS letter published with the row.</summary>
    public string ConfStatus => Status switch
    {
        ConfidentialityStatus.Primary => "C",
        ConfidentialityStatus.Secondary => "D",
        _ => "F",
    };
}
