using System.Globalization;
using DuckDB.NET.Data;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// A data folder holding a copy of the fixture's current vintage in which every cell a public reader must not see
/// (CONF_STATUS C or D) has its raw value replaced by a sentinel of at least <see cref="SentinelFloor"/>, far above any real
/// count. A public export of it must contain no such number — neither the value itself nor anything summed from it — while
/// the analyst export must contain them (so the scan that looks for them can fail).
/// </summary>
internal sealed class TamperedVintage : IDisposable
{
    public const double SentinelFloor = 900_000;

    private readonly TempDataFolder _data = new();

    private TamperedVintage()
    {
    }

    public string DataPath => _data.Path;

    public long SuppressedCells { get; private set; }

    public static async Task<TamperedVintage> CopyAsync(string sourceDataPath)
    {
        var tampered = new TamperedVintage();
        var source = Path.Combine(sourceDataPath, "vintages");
        var target = Path.Combine(tampered.DataPath, "vintages");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source).Where(f => !f.EndsWith(".wal", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var current = Path.Combine(target, string.Create(CultureInfo.InvariantCulture, $"vintage-{Issue7Warehouse.Vintage:000000}.duckdb"));
        await using var connection = new DuckDBConnection($"Data Source={current}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE ind_cell SET raw_value = s.sentinel
            FROM (SELECT cell_id, 900000 + row_number() OVER (ORDER BY cell_id) AS sentinel FROM ind_cell WHERE conf_status <> 'F') s
            WHERE ind_cell.cell_id = s.cell_id
            """;
        tampered.SuppressedCells = await command.ExecuteNonQueryAsync();
        return tampered;
    }

    public void Dispose() => _data.Dispose();
}
