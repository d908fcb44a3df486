namespace Stats.Warehouse.Exports;

/// <summary>
/// A breakdown of an exported cube: the registry id (ind_cell column, lower case, e.g. age_group), the OData property
/// (AgeGroup; its label column is AgeGroupLabel), title, whether its codes add up to the total, and the registry's note.
/// </summary>
public sealed record ExportDimension(string Id, string Property, string Title, bool Additive, string? Note);
