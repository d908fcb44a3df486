using System.Diagnostics;
using DuckDB.NET.Data;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Build;

/// <summary>
/// Rebuilds the star schema from staging by running sql/models/*.sql in name order inside one transaction:
/// either every fact reflects the same staging state or nothing changed. Maps are upserted, facts fully refreshed.
/// </summary>
public sealed class ModelBuilder(WarehouseDatabase database)
{
    private const string ReportingCountryParameter = "reporting_country";

    public async Task<BuildResult> BuildAsync(DuckDBConnection writer, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var models = database.Sql.List("models");
        if (models.Count == 0)
        {
            throw new InvalidOperationException($"No model files found under '{database.Sql.PathOf("models")}'.");
        }

        var total = Stopwatch.StartNew();
        var results = new List<ModelRunResult>(models.Count);
        await using var tx = await writer.BeginTransactionAsync(ct).ConfigureAwait(false);
        foreach (var model in models)
        {
            progress?.Report($"model {model.Name}");
            var watch = Stopwatch.StartNew();
            // Every model gets the same parameters; a statement binds only those it names.
            await writer.ExecuteAsync(model.Text, ct, (ReportingCountryParameter, database.Options.ReportingCountry)).ConfigureAwait(false);
            var table = TargetTable(model.Name);
            long? rows = await TableExistsAsync(writer, table, ct).ConfigureAwait(false)
                ? await writer.ScalarAsync<long>($"SELECT count(*) FROM {table}", ct).ConfigureAwait(false)
                : null;
            results.Add(new ModelRunResult(model.Name, rows is null ? null : table, rows, watch.Elapsed));
        }

        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new BuildResult(results, total.Elapsed);
    }

    /// <summary>Model files are named NNN_&lt;table&gt;.sql; the part after the number is the table they fill.</summary>
    private static string TargetTable(string modelName)
    {
        var parts = modelName.Split('_', 2);
        return parts.Length == 2 ? parts[1] : modelName;
    }

    private static async Task<bool> TableExistsAsync(DuckDBConnection connection, string table, CancellationToken ct) =>
        await connection.ScalarAsync<long>(
            "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = $name AND NOT temporary",
            ct, ("name", table)).ConfigureAwait(false) > 0;
}
