using DuckDB.NET.Data;
using Stats.Etl.Contracts;
using Stats.Warehouse.Sql;

namespace Stats.Etl.Intake;

/// <summary>
/// The lineage every load batch writes inside its transaction, whatever the shape of the delivery: the
/// registering organisation (upserted into dim_organisation) and the batch's row in meta_load_batch.
/// </summary>
internal static class LoadBatchRecord
{
    public static async Task WriteAsync(
        DuckDBConnection writer, SourceContract contract, string fileName, string sha256, DateTimeOffset receivedAt, DateTimeOffset loadedAt,
        LoadCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var source = contract.Source;
        await writer.ExecuteAsync(
            """
            INSERT INTO dim_organisation (organisation_key, organisation_code, label, organisation_type_code)
            SELECT nextval('seq_organisation'), $code, $name, $type
            WHERE NOT EXISTS (SELECT 1 FROM dim_organisation WHERE organisation_code = $code)
            """, cancellationToken, ("code", source.Code), ("name", source.Name), ("type", source.OrganisationType)).ConfigureAwait(false);
        await writer.ExecuteAsync(
            """
            UPDATE dim_organisation SET label = $name, organisation_type_code = $type
            WHERE organisation_code = $code AND (label <> $name OR organisation_type_code <> $type)
            """, cancellationToken, ("code", source.Code), ("name", source.Name), ("type", source.OrganisationType)).ConfigureAwait(false);
        await writer.ExecuteAsync(
            """
            INSERT INTO meta_load_batch (load_batch_key, contract_id, source_code, file_name, content_sha256, received_at, loaded_at,
                                         rows_read, rows_loaded, rows_quarantined)
            VALUES ($batch, $contract, $source, $file, $sha, $received, $loaded, $read, $staged, $quarantined)
            """, cancellationToken,
            ("batch", counts.BatchKey), ("contract", contract.Id), ("source", source.Code), ("file", fileName), ("sha", sha256),
            ("received", receivedAt.UtcDateTime), ("loaded", loadedAt.UtcDateTime), ("read", counts.Read), ("staged", counts.Loaded),
            ("quarantined", counts.Quarantined)).ConfigureAwait(false);
    }
}
