namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// One table of the GRETA annex as sql/exports/greta.json defines it: its id (also the sheet name), the title as the
/// questionnaire phrases it, the indicator whose cube fills it, the row breakdown (one dimension, or two as nested rows)
/// and the table's own footnotes.
/// </summary>
internal sealed record GretaTable(string Id, string Title, string Indicator, IReadOnlyList<string> Rows, IReadOnlyList<string> Footnotes);
