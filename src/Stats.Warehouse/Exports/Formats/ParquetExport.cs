using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Stats.Warehouse.Exports.Columnar;

namespace Stats.Warehouse.Exports.Formats;

/// <summary>
/// `parquet`: per indicator a hive-partitioned folder &lt;ID&gt;/Year=&lt;yyyy&gt;/data_0.parquet, written by DuckDB's own
/// COPY … TO from the cube's SQL (on a <see cref="CopyConnection"/>), so the columns and types are the OData cube's.
/// PARTITION_BY leaves Year out of the files (it is in the folder name): read_parquet(…, hive_partitioning = true), pyarrow
/// and Spark datasets restore it. Each file's key-value metadata carries the export's provenance and the indicator, so a
/// file copied on its own still says which vintage and role it comes from. Rows within a file are not guaranteed to keep
/// the cube's order (DuckDB partitions in parallel); CellKey identifies each cell.
/// </summary>
internal sealed class ParquetExport : IExportFormat
{
    public string Id => "parquet";
    public string Description => "Per indicator a Parquet dataset partitioned by Year (hive folders), provenance in the file metadata.";
    public string? SingleFile => null;
    public string MediaType => "application/vnd.apache.parquet";

    public async Task WriteAsync(ExportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var connection = await CopyConnection.OpenAsync(context.Snapshot, ct).ConfigureAwait(false);
        foreach (var cube in context.Cubes)
        {
            var id = cube.Indicator.Id;
            var folder = context.PathOf(id);
            await using (var copy = connection.CreateCommand())
            {
                copy.CommandText = $"COPY ({cube.Sql}) TO {DuckDbLiteral.Quote(folder)} "
                    + $"(FORMAT parquet, PARTITION_BY (\"Year\"), KV_METADATA {Metadata(context, cube)})";
                await copy.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            // A cube with no cell in the requested years writes no partition, only an empty folder: it is left out, and
            // metadata.json, which lists the indicator without files, says so.
            if (Directory.Exists(folder) && !Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any())
            {
                Directory.Delete(folder, recursive: true);
            }
            else if (Directory.Exists(folder))
            {
                await RecordFilesAsync(connection, context, id, folder, ct).ConfigureAwait(false);
            }
        }
    }

    private static string Metadata(ExportContext context, ExportCube cube)
    {
        var pairs = context.Provenance().Concat(
        [
            new("stats.indicator", cube.Indicator.Id),
            new("stats.title", cube.Indicator.Title),
            new("stats.unit", cube.Indicator.Unit),
        ]);
        var text = new StringBuilder("{");
        text.AppendJoin(", ", pairs.Select(p => DuckDbLiteral.Quote(p.Key) + ": " + DuckDbLiteral.Quote(p.Value)));
        return text.Append('}').ToString();
    }

    /// <summary>Every file DuckDB wrote, with its row count from the Parquet footer (the partitions' rows add up to the cube).</summary>
    private static async Task RecordFilesAsync(DuckDBConnection connection, ExportContext context, string id, string folder, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT file_name, num_rows FROM parquet_file_metadata("
            + DuckDbLiteral.Quote(Path.Combine(folder, "**", "*.parquet")) + ")";
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                rows[Path.GetFullPath(reader.GetString(0))] = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
            }
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!rows.TryGetValue(Path.GetFullPath(file), out var count))
            {
                throw new InvalidOperationException($"The parquet export of {id} left '{file}', which is not a Parquet file DuckDB can read.");
            }

            context.Record(Path.GetRelativePath(context.Directory, file), id, count);
        }
    }
}
