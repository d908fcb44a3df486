using System.Data.Common;
using DuckDB.NET.Data;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Reports;

/// <summary>Reads the headline figures of a year from a published snapshot, with the SQL of sql/reports/summary_*.sql.</summary>
public sealed class SummaryReport
{
    /// <summary>Uses the SQL folder shipped next to the binaries.</summary>
    public static Task<WarehouseSummary> ReadAsync(DuckDBConnection snapshot, int year, CancellationToken ct) =>
        ReadAsync(snapshot, year, new SqlFiles(new WarehouseOptions().SqlPath), ct);

    public static async Task<WarehouseSummary> ReadAsync(DuckDBConnection snapshot, int year, SqlFiles sql, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var totals = await ReadRowsAsync(snapshot, sql, "summary_totals", year,
            r => (Registrations: r.GetInt64(0), Persons: r.GetInt64(1), Registered: r.GetInt64(2), Children: r.GetInt64(3),
                Assistance: r.GetInt64(4), Immigration: r.GetInt64(5)), ct).ConfigureAwait(false);
        var t = totals.Single();
        var byAgency = await ReadRowsAsync(snapshot, sql, "summary_registrations_by_agency", year, CodeCountOf, ct).ConfigureAwait(false);
        var byStatus = await ReadRowsAsync(snapshot, sql, "summary_persons_by_status", year, CodeCountOf, ct).ConfigureAwait(false);
        var overlap = await ReadRowsAsync(snapshot, sql, "summary_overlap", year,
            r => new OverlapRow(r.GetString(0), r.GetInt32(1), r.GetInt64(2)), ct).ConfigureAwait(false);
        var justice = await ReadRowsAsync(snapshot, sql, "summary_justice_by_stage", year,
            r => new JusticeStageCount(r.GetString(0), r.GetInt64(1), r.GetInt64(2)), ct).ConfigureAwait(false);
        var breakdowns = await ReadRowsAsync(snapshot, sql, "summary_registered_victims_by", year,
            r => (Breakdown: r.GetString(0), Count: CodeCountOf(r)), ct).ConfigureAwait(false);

        IReadOnlyList<CodeCount> By(string breakdown) =>
            breakdowns.Where(b => b.Breakdown == breakdown).Select(b => b.Count).ToList();

        return new WarehouseSummary(
            year,
            byAgency,
            t.Registrations,
            t.Persons,
            byStatus,
            t.Registered,
            t.Registrations - t.Persons,
            overlap,
            justice,
            By("sex"),
            By("citizenship_group"),
            By("main_form"),
            t.Children,
            t.Assistance,
            t.Immigration);
    }

    private static CodeCount CodeCountOf(DbDataReader reader) => new(reader.GetString(reader.GetOrdinal("code")), reader.GetInt64(reader.GetOrdinal("n")));

    private static async Task<List<T>> ReadRowsAsync<T>(
        DuckDBConnection snapshot, SqlFiles sql, string report, int year, Func<DbDataReader, T> map, CancellationToken ct)
    {
        var rows = new List<T>();
        await using var command = snapshot.CreateCommand(sql.Read(Path.Combine("reports", report + ".sql")).Text, ("year", year));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
