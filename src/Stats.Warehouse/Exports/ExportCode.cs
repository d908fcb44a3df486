namespace Stats.Warehouse.Exports;

/// <summary>A code of a dimension's code list as the vintage holds it (ind_code), in the registry's order. '_T' (Total) is not in ind_code.</summary>
public sealed record ExportCode(string Dimension, string Code, string Label, int SortOrder);
