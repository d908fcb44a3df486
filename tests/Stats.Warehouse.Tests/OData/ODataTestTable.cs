using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.OData.Edm;
using Stats.Warehouse.OData;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Tests.OData;

/// <summary>
/// A hand-built 12-row table in an in-memory DuckDB, with nulls in X (integer), V (double), Name (string) and Flag.
/// Column names differ from the EDM names (one has a space) so that the tests also check the mapping and quoting.
/// </summary>
public sealed class ODataTestTable : IAsyncLifetime
{
    public const int MaxTop = 100;

    public static readonly FlatEntitySet Set = new("Items", "odata_items",
    [
        new("Id", "id", FlatType.Int64, false),
        new("Name", "full name", FlatType.String, true),
        new("X", "x", FlatType.Int32, true),
        new("A", "a", FlatType.Int64, false),
        new("B", "b", FlatType.Int32, false),
        new("V", "v", FlatType.Double, true),
        new("D", "d", FlatType.Date, false),
        new("Flag", "flag", FlatType.Boolean, true),
    ], ["Id"]);

    public IEdmModel Model { get; } = FlatModel.Build([Set]);

    public DuckDBConnection Connection { get; } = new("DataSource=:memory:");

    public async Task InitializeAsync()
    {
        await Connection.OpenAsync();
        await Connection.ExecuteAsync(
            """
            CREATE TABLE odata_items (id BIGINT NOT NULL, "full name" VARCHAR, x INTEGER, a BIGINT NOT NULL, b INTEGER NOT NULL,
                                      v DOUBLE, d DATE NOT NULL, flag BOOLEAN);
            INSERT INTO odata_items VALUES
              ( 1, 'Abba',     5,  1,  2,  1.5,  DATE '2025-01-15', true),
              ( 2, 'O''Brien', -3, 4,  3,  NULL, DATE '2024-12-31', false),
              ( 3, NULL,       NULL, 2, 2, 2.5,  DATE '2025-06-01', NULL),
              ( 4, 'cab',      0,  3,  3,  -1.0, DATE '2023-03-10', true),
              ( 5, 'Zed',      10, 0,  0,  0.0,  DATE '2025-12-31', false),
              ( 6, 'abc ',     NULL, 5, 1, NULL, DATE '2022-07-04', true),
              ( 7, 'xyz',      7,  6,  -1, 3.25, DATE '2025-02-28', NULL),
              ( 8, NULL,       2,  1,  1,  10.0, DATE '2024-02-29', false),
              ( 9, ' trim ',   -7, 2,  4,  4.0,  DATE '2025-01-01', true),
              (10, 'ABC',      1,  7,  0,  NULL, DATE '2021-11-11', false),
              (11, 'hello',    NULL, 0, 9, 5.5,  DATE '2025-03-03', true),
              (12, 'Bob',      3,  10, -4, -2.5, DATE '2020-01-01', NULL);
            """,
            CancellationToken.None);
    }

    public async Task DisposeAsync() => await Connection.DisposeAsync();

    /// <summary>Runs a translated query and returns the Id column of every row, in the order DuckDB returned them.</summary>
    public async Task<List<long>> IdsAsync(ODataQuery query)
    {
        var sql = ODataSqlTranslator.Translate(Model, Set, query, MaxTop);
        var (_, rows) = await RunAsync(sql);
        return rows.Select(r => Convert.ToInt64(r["Id"], CultureInfo.InvariantCulture)).ToList();
    }

    public async Task<(List<string> Columns, List<Dictionary<string, object?>> Rows)> RunAsync(SqlQuery sql)
    {
        await using var command = Connection.CreateCommand(sql.Sql, [.. sql.Parameters]);
        await using var reader = await command.ExecuteReaderAsync();
        // The trailing sort-key columns (__k0 …) serve the next page's keyset, not the caller.
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)
            .TakeWhile(c => !c.StartsWith(ODataSqlTranslator.KeyColumnPrefix, StringComparison.Ordinal)).ToList();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(columns.Select((c, i) => (c, reader.IsDBNull(i) ? null : reader.GetValue(i))).ToDictionary(p => p.c, p => p.Item2));
        }

        return (columns, rows);
    }

    public static ODataQuery Filter(string filter) => new(filter, null, null, null, null, false);
}
