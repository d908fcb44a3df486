namespace Stats.Core.Canonical;

/// <summary>A field of a canonical entity: what a contract column maps to.</summary>
/// <param name="Name">Column name in the staging table.</param>
/// <param name="Type">Value type.</param>
/// <param name="CodeList">For codes: the code list (dimension) the value must belong to.</param>
/// <param name="RequiredByModel">The model cannot use a row without it, whatever the contract says.</param>
public sealed record CanonicalField(string Name, FieldType Type, string? CodeList = null, bool RequiredByModel = false);
