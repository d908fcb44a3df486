namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// One table of the GRETA annex as sql/exports/greta.json defines it: its id (also the sheet name), the title as the
/// questionnaire phrases it, the indicator whose cube fills it, the row breakdown (one dimension, or two as nested rows)
/// and the table's own footnotes. A table of layout "estimate" has no rows: it shows an estimated indicator (V09) per year
/// next to its known count (<see cref="GretaEstimateSheet"/>).
/// </summary>
internal sealed record GretaTable(string Id, string Title, string Indicator, IReadOnlyList<string> Rows, IReadOnlyList<string> Footnotes)
{
    public const string EstimateLayout = "estimate";

    public bool IsEstimate { get; init; }
}
