using System.Globalization;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;

namespace Stats.Hardening.Tests.Concurrency;

/// <summary>V04's cells of one vintage, read with the test's own SQL from its snapshot file: cell key → (public value, analyst value).</summary>
internal static class PublishedCells
{
    public static async Task<Dictionary<string, (double? Public, double? Analyst)>> ReadAsync(WarehouseOptions options, int vintage)
    {
        var store = new VintageStore(options);
        await using var snapshot = await store.OpenReadOnlyAsync(store.List().Single(v => v.Id == vintage), CancellationToken.None);
        await using var command = snapshot.CreateCommand();
        command.CommandText = "SELECT cell_key, obs_value, raw_value FROM ind_cell WHERE indicator_id = 'V04'";
        await using var reader = await command.ExecuteReaderAsync();
        var cells = new Dictionary<string, (double?, double?)>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            cells.Add(reader.GetString(0), (Number(reader, 1), Number(reader, 2)));
        }

        return cells;
    }

    /// <summary>The key of the annual 2025 all-totals cell (every breakdown '_T'), the same in every vintage.</summary>
    public static async Task<string> TotalCellKeyAsync(WarehouseOptions options)
    {
        var store = new VintageStore(options);
        await using var snapshot = await store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None);
        await using var command = snapshot.CreateCommand();
        command.CommandText = "SELECT cell_key FROM ind_cell WHERE indicator_id = 'V04' AND freq = 'A' AND \"year\" = 2025 AND table_by = ''";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static double? Number(System.Data.Common.DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : Convert.ToDouble(reader.GetValue(column), CultureInfo.InvariantCulture);
}
