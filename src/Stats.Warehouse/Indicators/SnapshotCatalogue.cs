using DuckDB.NET.Data;
using Stats.Core.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Indicators;

/// <summary>The indicator catalogue as a vintage holds it (ind_indicator, ind_dimension).</summary>
public static class SnapshotCatalogue
{
    public static async Task<IReadOnlyList<SnapshotIndicator>> IndicatorsAsync(DuckDBConnection snapshot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var result = new List<SnapshotIndicator>();
        await using var command = snapshot.CreateCommand(
            "SELECT indicator_id, title, definition, unit, measure, breakdowns, sources, disclosure_rule, disclosure_k, \"references\", notes FROM ind_indicator ORDER BY indicator_id");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            result.Add(new SnapshotIndicator(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                Split(reader.GetString(5)), Split(reader.GetString(6)), reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetInt32(8), reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return result;
    }

    public static async Task<SnapshotIndicator> IndicatorAsync(DuckDBConnection snapshot, string id, CancellationToken ct)
    {
        var all = await IndicatorsAsync(snapshot, ct).ConfigureAwait(false);
        return all.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal))
            ?? throw new IndicatorRequestException(new UnknownIndicatorException(id, all.Select(i => i.Id).ToList()).Message);
    }

    public static async Task<IReadOnlyList<IndicatorColumn>> DimensionsAsync(DuckDBConnection snapshot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var result = new List<IndicatorColumn>();
        await using var command = snapshot.CreateCommand("SELECT dimension, title, additive FROM ind_dimension ORDER BY sort_order");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            result.Add(new IndicatorColumn(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        }

        return result;
    }

    private static List<string> Split(string text) => text.Length == 0 ? [] : text.Split(',').ToList();
}
