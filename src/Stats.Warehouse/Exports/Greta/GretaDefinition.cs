namespace Stats.Warehouse.Exports.Greta;

/// <summary>The GRETA annex layout (sql/exports/greta.json): a title, a description and the tables in questionnaire order.</summary>
internal sealed record GretaDefinition(string Title, string Description, IReadOnlyList<GretaTable> Tables);
