using System.Globalization;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Indicators;

/// <summary>Reads one published table of ind_cell as "time_period|code…|value" lines, cells with contributors only.</summary>
internal static class Cells
{
    /// <summary>Count and sum cells: the value as a whole number.</summary>
    public static Task<List<string>> LinesAsync(TempWarehouse wh, string indicatorId, string freq, params string[] by) =>
        SelectAsync(wh, indicatorId, freq, by, "CAST(raw_value AS BIGINT)");

    /// <summary><paramref name="value"/> is an expression over ind_cell (e.g. contributors and a rounded ratio).</summary>
    public static async Task<List<string>> SelectAsync(TempWarehouse wh, string indicatorId, string freq, string[] by, string value)
    {
        var dims = string.Concat(by.Select(b => $"\"{b}\", "));
        await using var command = wh.Writer.CreateCommand(
            $"""
            SELECT time_period, {dims}{value} FROM ind_cell
            WHERE indicator_id = $id AND freq = $freq AND table_by = $by AND contributors > 0
            ORDER BY ALL
            """,
            ("id", indicatorId), ("freq", freq), ("by", string.Join(',', by)));
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return lines;
    }
}
