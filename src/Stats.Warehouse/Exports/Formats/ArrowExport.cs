using Apache.Arrow;
using Apache.Arrow.Ipc;
using Stats.Warehouse.Exports.Columnar;

namespace Stats.Warehouse.Exports.Formats;

/// <summary>
/// `arrow`: one &lt;ID&gt;.arrows per indicator, an Arrow IPC stream (the format pyarrow.ipc.open_stream, R arrow and
/// Polars read) with the OData cube's columns and the provenance as schema metadata. DuckDB produces the rows as Arrow
/// itself (one small batch per vector of 2,048 rows); they are gathered into batches of <see cref="BatchRows"/> so a
/// reader gets few large batches, and memory holds at most one of them.
/// </summary>
internal sealed class ArrowExport : IExportFormat
{
    public const int BatchRows = 65_536;

    public string Id => "arrow";
    public string Description => "One Arrow IPC stream (.arrows) per indicator with the OData cube's columns and types, provenance in the schema metadata.";
    public string? SingleFile => null;
    public string MediaType => "application/vnd.apache.arrow.stream";

    public async Task WriteAsync(ExportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var cube in context.Cubes)
        {
            var file = cube.Indicator.Id + ".arrows";
            var schema = ArrowCubeSchema.For(context, cube);
            long rows = 0;
            await using (var stream = context.CreateFile(file, cube.Indicator.Id))
            using (var writer = new ArrowStreamWriter(stream, schema, leaveOpen: true))
            {
                // The schema message goes first even when the cube has no rows, so an empty export is still a valid stream.
                await writer.WriteStartAsync(ct).ConfigureAwait(false);
                var pending = new List<RecordBatch>();
                var pendingRows = 0;
                await using var command = context.Snapshot.CreateCommand();
                command.CommandText = cube.Sql;
                await foreach (var batch in command.ExecuteArrowBatchesAsync(ct).ConfigureAwait(false))
                {
                    ArrowCubeSchema.Check(schema, batch, cube.Indicator.Id);
                    pending.Add(batch);
                    pendingRows += batch.Length;
                    if (pendingRows >= BatchRows)
                    {
                        rows += await FlushAsync(writer, schema, pending, ct).ConfigureAwait(false);
                        pendingRows = 0;
                    }
                }

                rows += await FlushAsync(writer, schema, pending, ct).ConfigureAwait(false);
                await writer.WriteEndAsync(ct).ConfigureAwait(false);
            }

            context.Record(file, cube.Indicator.Id, rows);
        }
    }

    /// <summary>Writes the gathered DuckDB batches as one batch under the export's schema and releases them.</summary>
    private static async Task<long> FlushAsync(ArrowStreamWriter writer, Schema schema, List<RecordBatch> pending, CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            return 0;
        }

        // One batch is written as it is: concatenating a single array hands back that same array, which must then be released once.
        var columns = pending.Count == 1
            ? pending[0].Arrays.ToList()
            : Enumerable.Range(0, schema.FieldsList.Count).Select(i => ArrowArrayConcatenator.Concatenate(pending.Select(b => b.Column(i)).ToList())).ToList();
        try
        {
            var length = pending.Sum(b => b.Length);
            await writer.WriteRecordBatchAsync(new RecordBatch(schema, columns, length), ct).ConfigureAwait(false);
            return length;
        }
        finally
        {
            if (pending.Count > 1)
            {
                columns.ForEach(c => c.Dispose());
            }

            pending.ForEach(b => b.Dispose());
            pending.Clear();
        }
    }
}
