using DuckDB.NET.Data;
using Stats.Warehouse.Exports;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.OData;

namespace Stats.Benchmarks.Exports;

/// <summary>
/// The cubes an export of every indicator and year would write, built as the exporter builds them (same published sets,
/// same SQL), so the reference copies exactly the rows the export writes.
/// </summary>
internal static class ExportCubes
{
    public static async Task<IReadOnlyList<ExportCube>> ReadAsync(DuckDBConnection snapshot, IndicatorRole role, CancellationToken ct)
    {
        var dimensions = new List<ExportDimension>();
        await using (var command = snapshot.CreateCommand())
        {
            command.CommandText = "SELECT dimension, title, additive, note FROM ind_dimension ORDER BY sort_order, dimension";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetString(0);
                dimensions.Add(new ExportDimension(id, PublishedSetsNames.Pascal(id), reader.GetString(1), reader.GetBoolean(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        var sets = await PublishedSets.ReadAsync(snapshot, role == IndicatorRole.Analyst ? ODataRole.Analyst : ODataRole.Public, ct);
        var catalogue = await SnapshotCatalogue.IndicatorsAsync(snapshot, ct);
        return catalogue
            .Select(i => new ExportCube(i, dimensions.Where(d => i.Breakdowns.Contains(d.Id)).ToList(), sets.Single(s => s.Name == PublishedSetsNames.SetName(i.Id)), []))
            .ToList();
    }
}
