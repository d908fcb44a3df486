using DuckDB.NET.Data;
using Stats.Catalog.Recording;
using Stats.Warehouse.Sql;

namespace Stats.Etl.Operations;

/// <summary>Reads a committed load batch back from the warehouse's lineage and quarantine tables.</summary>
internal static class WarehouseBatches
{
    public static async Task<WarehouseBatch?> FindAsync(DuckDBConnection writer, string contentSha256, CancellationToken cancellationToken)
    {
        long batchKey, read, loaded, quarantined;
        await using (var command = writer.CreateCommand(
            "SELECT load_batch_key, rows_read, rows_loaded, rows_quarantined FROM meta_load_batch WHERE content_sha256 = $sha",
            ("sha", contentSha256)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            (batchKey, read, loaded, quarantined) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }

        var quarantine = new List<QuarantineRow>();
        await using (var command = writer.CreateCommand(
            """
            SELECT entity, rule_code, column_name, count(*) FROM qrn_row WHERE load_batch_key = $batch
            GROUP BY ALL ORDER BY ALL
            """,
            ("batch", batchKey)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                quarantine.Add(new QuarantineRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
            }
        }

        return new WarehouseBatch(batchKey, read, loaded, quarantined, quarantine);
    }
}
