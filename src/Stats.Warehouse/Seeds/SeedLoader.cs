using DuckDB.NET.Data;
using Stats.Core.CodeLists;
using Stats.Warehouse.Migrations;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Seeds;

/// <summary>
/// Loads code lists from sql/seeds/&lt;name&gt;.csv into their dimensions, and reloads one when its file
/// changed, so that a statistician can add a label or a code without a migration.
/// </summary>
public sealed class SeedLoader(SqlFiles sql)
{
    public async Task<IReadOnlyList<string>> LoadAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var reloaded = new List<string>();
        foreach (var codeList in CodeListCatalog.All)
        {
            var path = sql.PathOf(Path.Combine("seeds", codeList.SeedFile));
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Seed file for code list '{codeList.Name}' is missing: {path}", path);
            }

            var checksum = MigrationRunner.Checksum(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
            var recorded = await connection.ScalarAsync<string>(
                "SELECT checksum FROM meta_seed_version WHERE name = $name", cancellationToken, ("name", codeList.Name)).ConfigureAwait(false);
            if (string.Equals(recorded, checksum, StringComparison.Ordinal))
            {
                continue;
            }

            await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // Table names come from the code-list catalog (the model), never from input.
            await connection.ExecuteAsync($"DELETE FROM {codeList.Table}", cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(
                $"INSERT INTO {codeList.Table} BY NAME SELECT * FROM read_csv($path, header = true, all_varchar = true, quote = '\"')",
                cancellationToken, ("path", path)).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "INSERT OR REPLACE INTO meta_seed_version VALUES ($name, $checksum, now())",
                cancellationToken, ("name", codeList.Name), ("checksum", checksum)).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            reloaded.Add(codeList.Name);
        }

        return reloaded;
    }
}
