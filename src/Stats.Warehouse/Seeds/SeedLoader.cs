using DuckDB.NET.Data;
using Stats.Core.CodeLists;
using Stats.Warehouse.Migrations;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Seeds;

/// <summary>
/// Loads code lists from sql/seeds/&lt;name&gt;.csv into their dimensions (and the reference tables: population,
/// register of series breaks), and reloads one when its file changed, so that a statistician can add a label, a
/// code, a population year or a break without a migration.
/// </summary>
public sealed class SeedLoader(SqlFiles sql)
{
    // Seeds that are not code lists: seed name → table (tables created by migration 0008).
    private static readonly (string Name, string Table)[] ReferenceSeeds =
        [("population", "ref_population"), ("series_break", "ref_series_break")];

    public async Task<IReadOnlyList<string>> LoadAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var reloaded = new List<string>();
        var seeds = CodeListCatalog.All.Select(c => (c.Name, c.Table, c.SeedFile)).Concat(ReferenceSeeds.Select(r => (r.Name, r.Table, SeedFile: r.Name + ".csv")));
        foreach (var seed in seeds)
        {
            var path = sql.PathOf(Path.Combine("seeds", seed.SeedFile));
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Seed file '{seed.Name}' is missing: {path}", path);
            }

            var checksum = MigrationRunner.Checksum(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
            var recorded = await connection.ScalarAsync<string>(
                "SELECT checksum FROM meta_seed_version WHERE name = $name", cancellationToken, ("name", seed.Name)).ConfigureAwait(false);
            if (string.Equals(recorded, checksum, StringComparison.Ordinal))
            {
                continue;
            }

            await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // Table names come from the code-list catalog (the model), never from input.
            await connection.ExecuteAsync($"DELETE FROM {seed.Table}", cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(
                $"INSERT INTO {seed.Table} BY NAME SELECT * FROM read_csv($path, header = true, all_varchar = true, quote = '\"')",
                cancellationToken, ("path", path)).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "INSERT OR REPLACE INTO meta_seed_version VALUES ($name, $checksum, now())",
                cancellationToken, ("name", seed.Name), ("checksum", checksum)).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            reloaded.Add(seed.Name);
        }

        return reloaded;
    }
}
