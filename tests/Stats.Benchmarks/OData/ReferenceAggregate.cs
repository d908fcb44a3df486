using DuckDB.NET.Data;

namespace Stats.Benchmarks.OData;

/// <summary>The reference: the query written by hand in DuckDB SQL on the warehouse file.</summary>
internal static class ReferenceAggregate
{
    private const string Sql = """
        SELECT "year", sex_code, count(*) AS registrations, count(DISTINCT person_key) AS persons
        FROM fct_victim_registration
        GROUP BY "year", sex_code
        ORDER BY "year", sex_code
        """;

    private const string CountOnlySql = """
        SELECT "year", sex_code, count(*) AS registrations, CAST(0 AS BIGINT) AS persons
        FROM fct_victim_registration
        GROUP BY "year", sex_code
        ORDER BY "year", sex_code
        """;

    /// <summary>The groups in (year, sex) order; with countOnly, rows only (persons 0), like the count-only OData query.</summary>
    public static async Task<IReadOnlyList<YearSexCount>> RunAsync(DuckDBConnection connection, bool countOnly, CancellationToken ct)
    {
        var groups = new List<YearSexCount>();
        await using var command = connection.CreateCommand();
        command.CommandText = countOnly ? CountOnlySql : Sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            groups.Add(new YearSexCount(reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
        }

        return groups;
    }
}
