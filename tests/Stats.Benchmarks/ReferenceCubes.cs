using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Stats.Core.Indicators;
using Stats.Warehouse;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Benchmarks;

/// <summary>
/// The reference the indicator build is compared with: bare DuckDB over the same facts. For every indicator of the
/// catalogue that has a unit query (all but the rates), the unit query is materialised into a temp table exactly as
/// the builder does (same file, same parameters), then aggregated by ONE statement into a temp table, and both tables
/// are dropped. No zero-fill against code lists, no disclosure control, no rates, no flags, no catalogue tables, and
/// every statement in autocommit (no enclosing transaction). Two shapes of the aggregate:
/// <list type="bullet">
/// <item><see cref="Shape.Cube"/>: <c>GROUP BY year, CUBE(&lt;every breakdown of the indicator&gt;)</c> with
/// <c>count(DISTINCT unit_id)</c>: annual only, but all 2^n combinations of the n breakdowns.</item>
/// <item><see cref="Shape.PublishedSets"/>: the builder's own GROUPING SETS (each published table's lattice at each of
/// its frequencies: year, year × quarter, year × month) with <c>count(DISTINCT unit_id)</c>.</item>
/// </list>
/// Sum, max and ratio indicators are aggregated by count(DISTINCT unit_id) too: the reference is about grouping cost.
/// </summary>
internal static class ReferenceCubes
{
    public enum Shape
    {
        Cube,
        PublishedSets,
    }

    /// <summary>Runs the reference over the whole catalogue; returns the number of aggregate rows produced.</summary>
    public static async Task<long> RunAsync(WarehouseDatabase database, DuckDBConnection writer, Shape shape, CancellationToken ct)
    {
        var catalogue = IndicatorCatalogueFiles.Load(database.Sql);
        var rows = 0L;
        foreach (var indicator in catalogue.Indicators.Where(i => i.Sql is not null))
        {
            rows += await RunOneAsync(database, writer, indicator, shape, ct);
        }

        return rows;
    }

    public static async Task<long> RunOneAsync(
        WarehouseDatabase database, DuckDBConnection writer, IndicatorDefinition indicator, Shape shape, CancellationToken ct)
    {
        await MaterialiseUnitsAsync(database, writer, indicator, ct);
        var rows = await AggregateAsync(writer, indicator, shape, ct);
        await DropAsync(writer, indicator, ct);
        return rows;
    }

    public static async Task MaterialiseUnitsAsync(WarehouseDatabase database, DuckDBConnection writer, IndicatorDefinition indicator, CancellationToken ct)
    {
        // The unit queries use the builder's temp macros (date_of_key, …), which live per connection: a fresh copy lacks them.
        await writer.ExecuteAsync(database.Sql.Read(Path.Combine("build", "005_ind_macros.sql")).Text, ct);
        var text = database.Sql.Read(Path.Combine(IndicatorCatalogueFiles.Folder, indicator.Sql!)).Text.Trim().TrimEnd(';');
        var asOf = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        await writer.ExecuteAsync($"CREATE OR REPLACE TEMP TABLE {UnitsTable(indicator)} AS {text}", ct,
            ("reporting_country", database.Options.ReportingCountry), ("as_of", asOf.ToDateTime(TimeOnly.MinValue)));
    }

    public static async Task<long> AggregateAsync(DuckDBConnection writer, IndicatorDefinition indicator, Shape shape, CancellationToken ct)
    {
        await writer.ExecuteAsync(AggregateSql(indicator, shape), ct);
        return await writer.ScalarAsync<long>($"SELECT count(*) FROM {AggregateTable(indicator)}", ct);
    }

    public static Task DropAsync(DuckDBConnection writer, IndicatorDefinition indicator, CancellationToken ct) =>
        writer.ExecuteAsync($"DROP TABLE IF EXISTS {UnitsTable(indicator)}; DROP TABLE IF EXISTS {AggregateTable(indicator)}", ct);

    public static Task<long> UnitRowsAsync(DuckDBConnection writer, IndicatorDefinition indicator, CancellationToken ct) =>
        writer.ScalarAsync<long>($"SELECT count(*) FROM {UnitsTable(indicator)}", ct);

    /// <summary>The one aggregate statement of an indicator (identifiers from the validated catalogue only).</summary>
    public static string AggregateSql(IndicatorDefinition indicator, Shape shape)
    {
        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"CREATE OR REPLACE TEMP TABLE {AggregateTable(indicator)} AS SELECT ");
        if (shape == Shape.Cube)
        {
            var dims = string.Join(", ", indicator.Breakdowns.Select(b => $"\"{b}\""));
            sql.Append("year(ref_date) AS \"year\", ");
            sql.Append(indicator.Breakdowns.Count == 0 ? string.Empty : dims + ", ");
            sql.Append(CultureInfo.InvariantCulture, $"count(DISTINCT unit_id) AS contributors FROM {UnitsTable(indicator)} ");
            sql.Append(indicator.Breakdowns.Count == 0 ? "GROUP BY \"year\"" : $"GROUP BY \"year\", CUBE({dims})");
            return sql.ToString();
        }

        var lattices = Lattices.Of(indicator);
        var used = indicator.Breakdowns.Where(b => lattices.Any(l => l.By.Contains(b, StringComparer.Ordinal))).Select(b => $"\"{b}\"").ToList();
        // A column in no grouping set cannot be selected: quarters and months only when some table is published so.
        sql.Append("y_, ");
        sql.Append(lattices.Any(l => l.Frequency == Frequency.Quarterly) ? "q_, " : string.Empty);
        sql.Append(lattices.Any(l => l.Frequency == Frequency.Monthly) ? "m_, " : string.Empty);
        sql.Append(used.Count == 0 ? string.Empty : string.Join(", ", used) + ", ");
        sql.Append("count(DISTINCT unit_id) AS contributors FROM (SELECT *, year(ref_date) AS y_, quarter(ref_date) AS q_, month(ref_date) AS m_ ");
        sql.Append(CultureInfo.InvariantCulture, $"FROM {UnitsTable(indicator)}) GROUP BY GROUPING SETS (");
        sql.Append(string.Join(", ", lattices.Select(l =>
        {
            var columns = new List<string> { "y_" };
            if (l.Frequency == Frequency.Quarterly)
            {
                columns.Add("q_");
            }
            else if (l.Frequency == Frequency.Monthly)
            {
                columns.Add("m_");
            }

            columns.AddRange(l.By.Select(b => $"\"{b}\""));
            return "(" + string.Join(", ", columns) + ")";
        })));
        sql.Append(')');
        return sql.ToString();
    }

    private static string UnitsTable(IndicatorDefinition indicator) => "ref_units_" + indicator.Id;

    private static string AggregateTable(IndicatorDefinition indicator) => "ref_cube_" + indicator.Id;
}
