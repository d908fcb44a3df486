namespace Stats.Warehouse.OData;

/// <summary>A dimension of the snapshot's registry that passed the checks: its ind_cell column and its EDM property name.</summary>
internal sealed record PublishedSetsDimension(string Id, string Property);
