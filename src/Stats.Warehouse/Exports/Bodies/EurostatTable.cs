namespace Stats.Warehouse.Exports.Bodies;

/// <summary>
/// One table of the EU collection: its dataset id (file name), title, a note when the id or codes are national stand-ins,
/// the indicator counted for each leg_stat (PER_VICT → V04 …), its dimension columns and the cube tables it takes.
/// </summary>
public sealed record EurostatTable(
    string Id, string Title, string? StandIn, IReadOnlyDictionary<string, string> LegStat,
    IReadOnlyList<EurostatColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Cells)
{
    public string FileName => Id + ".csv";
}
