namespace Stats.Core.Indicators;

/// <summary>
/// A breakdown indicators may use (sql/indicators/dimensions.json): its id (column name in unit queries and cubes),
/// the SQL listing its codes, and whether its categories add up to its total.
/// </summary>
public sealed record DimensionDefinition(string Id, string Title, string CodesSql, bool Additive, string? Note);
