using DuckDB.NET.Data;

namespace Stats.Hardening.Tests.Crash;

/// <summary>The test's own reads of a DuckDB file: one text column of a query, as a list.</summary>
internal static class CrashSql
{
    public static async Task<List<string>> StringsAsync(DuckDBConnection connection, string sql)
    {
        var values = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
