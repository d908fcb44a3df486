using System.Globalization;
using DuckDB.NET.Data;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Indicators;

/// <summary>
/// Runs an indicator's unit query (sql/indicators/&lt;ID&gt;.sql, read as the builder reads it) inside an outer SELECT,
/// with $reporting_country and $as_of bound, and returns "a|b|c" lines like <see cref="Query"/>.
/// </summary>
internal static class UnitQuery
{
    public static readonly DateOnly AsOf = new(2024, 12, 31);

    /// <summary>Distinct units per group: <paramref name="groupBy"/> are expressions over the unit query's columns.</summary>
    public static Task<List<string>> CountAsync(TempWarehouse wh, string indicatorId, string groupBy) =>
        SelectAsync(wh, indicatorId, $"SELECT {groupBy}, count(DISTINCT unit_id) FROM units GROUP BY ALL ORDER BY ALL");

    /// <summary>Runs <paramref name="outer"/>, in which the unit query's rows are the relation <c>units</c>.</summary>
    public static async Task<List<string>> SelectAsync(TempWarehouse wh, string indicatorId, string outer, DateOnly? asOf = null)
    {
        await using var command = Command(wh, indicatorId, outer, asOf);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[i] = reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            lines.Add(string.Join('|', values));
        }

        return lines;
    }

    public static DuckDBCommand Command(TempWarehouse wh, string indicatorId, string outer, DateOnly? asOf = null)
    {
        var unitSql = wh.Database.Sql.Read(Path.Combine("indicators", indicatorId + ".sql")).Text;
        // The unit query ends with a line comment or not; the newline keeps the closing parenthesis out of it.
        var sql = $"WITH units AS (\n{unitSql}\n)\n{outer}";
        return wh.Writer.CreateCommand(sql, ("reporting_country", wh.Options.ReportingCountry), ("as_of", asOf ?? AsOf));
    }
}
