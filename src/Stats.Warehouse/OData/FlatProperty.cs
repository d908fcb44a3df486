namespace Stats.Warehouse.OData;

/// <summary>One EDM property of a flat entity set and the SQL column behind it (an identifier from the model, never from input).</summary>
public sealed record FlatProperty(string Name, string Column, FlatType Type, bool Nullable);
