using DuckDB.NET.Data;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Host.Cli;

/// <summary>Checks on a vintage before a command reads its indicator tables.</summary>
internal static class SnapshotChecks
{
    /// <summary>Vintages published before issue 3 have no indicator tables; say so rather than fail on a missing table.</summary>
    public static async Task RequireIndicatorsAsync(DuckDBConnection snapshot, VintageInfo vintage, CancellationToken ct)
    {
        var tables = await snapshot.ScalarAsync<long>(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name IN ('ind_indicator', 'ind_cell')", ct).ConfigureAwait(false);
        if (tables < 2)
        {
            throw new CommandInputException(
                $"Vintage {vintage.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)} was published before indicators were built; publish a new vintage.");
        }
    }
}
