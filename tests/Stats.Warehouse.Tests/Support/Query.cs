using System.Globalization;
using DuckDB.NET.Data;

namespace Stats.Warehouse.Tests.Support;

/// <summary>Reads query results as "a|b|c" lines (NULL as "null"), so expectations read like the hand counts.</summary>
internal static class Query
{
    public static async Task<List<string>> LinesAsync(DuckDBConnection connection, string sql)
    {
        var lines = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
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

    public static async Task<long> CountAsync(DuckDBConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
