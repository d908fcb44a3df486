using DuckDB.NET.Data;
using Microsoft.OData.Edm;
using Stats.Warehouse.OData;
using Stats.Warehouse.OData.Apply;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Tests.OData;

/// <summary>
/// A hand-built fact table with known persons, in an in-memory DuckDB; the tests compute their expectations with LINQ
/// over <see cref="Rows"/>. 2025: persons 1–20 sex F, 21–28 M (8), 29–31 X (3); every third person has two rows;
/// persons 5 and 10 (F) are in region B, everyone else in A. 2024: persons 1–12 (F) and 21–26 (M), one row each, region A.
/// </summary>
public sealed class ApplyFactTable : IAsyncLifetime
{
    public const int K = 5;

    public static readonly FlatEntitySet Set = new("Fact_Test", "(SELECT row_id AS \"RowId\", yr AS \"Year\", sex AS \"Sex\", region AS \"Region\", months AS \"Months\", amount AS \"Amount\", person AS __unit FROM apply_facts)",
    [
        new("RowId", "RowId", FlatType.Int64, false),
        new("Year", "Year", FlatType.Int32, false),
        new("Sex", "Sex", FlatType.String, false),
        new("Region", "Region", FlatType.String, false),
        new("Months", "Months", FlatType.Int32, true),
        new("Amount", "Amount", FlatType.Double, false),
    ], ["RowId"])
    { Disclosure = new ApplyDisclosure("__unit", K) };

    /// <summary>A set without disclosure metadata: $apply must be refused on it.</summary>
    public static readonly FlatEntitySet Plain = new("Plain", "apply_facts", [new("RowId", "row_id", FlatType.Int64, false)], ["RowId"]);

    public static readonly IReadOnlyList<FactRow> Rows = Build();

    public IEdmModel Model { get; } = FlatModel.Build([Set, Plain]);

    public DuckDBConnection Connection { get; } = new("DataSource=:memory:");

    public async Task InitializeAsync()
    {
        await Connection.OpenAsync();
        await Connection.ExecuteAsync(
            "CREATE TABLE apply_facts (row_id BIGINT NOT NULL, person BIGINT NOT NULL, yr INTEGER NOT NULL, sex VARCHAR NOT NULL, region VARCHAR NOT NULL, months INTEGER, amount DOUBLE NOT NULL)",
            CancellationToken.None);
        foreach (var r in Rows)
        {
            await Connection.ExecuteAsync(
                "INSERT INTO apply_facts VALUES ($id, $p, $y, $s, $r, $m, $a)", CancellationToken.None,
                ("id", r.RowId), ("p", r.Person), ("y", r.Year), ("s", r.Sex), ("r", r.Region), ("m", r.Months), ("a", r.Amount));
        }
    }

    public async Task DisposeAsync() => await Connection.DisposeAsync();

    public Task<ApplyResult> RunAsync(string apply, ApplyLimits? limits = null) =>
        ApplyRunner.RunAsync(Connection, Model, Set, apply, limits ?? new ApplyLimits(), CancellationToken.None);

    private static List<FactRow> Build()
    {
        var rows = new List<FactRow>();
        void Add(long person, int year, string sex, string region, int copies)
        {
            for (var c = 0; c < copies; c++)
            {
                var id = rows.Count + 1;
                rows.Add(new FactRow(id, person, year, sex, region, person % 7 == 0 ? null : (int)(person % 12) + 1, (person * 1.5) + c));
            }
        }

        for (var p = 1; p <= 31; p++)
        {
            Add(p, 2025, p <= 20 ? "F" : p <= 28 ? "M" : "X", p is 5 or 10 ? "B" : "A", p % 3 == 0 ? 2 : 1);
        }

        foreach (var p in Enumerable.Range(1, 12).Concat(Enumerable.Range(21, 6)))
        {
            Add(p, 2024, p <= 20 ? "F" : "M", "A", 1);
        }

        return rows;
    }
}
