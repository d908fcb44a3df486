namespace Stats.Warehouse.OData;

/// <summary>A SELECT with $name placeholders; <see cref="Parameters"/> carry the names without the '$' (as DuckDbCommandExtensions expects).</summary>
public sealed record SqlQuery(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);
