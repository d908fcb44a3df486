using DuckDB.NET.Data;
using Stats.Core.Canonical;
using Stats.Core.CodeLists;
using Stats.Etl.Contracts;
using Stats.Etl.Readers;
using Stats.Warehouse.Sql;

namespace Stats.Etl.Intake;

/// <summary>
/// Runs everything after landing in two steps. <see cref="PrepareAsync"/> builds the connection's scratch temp
/// tables (code maps, the generated validation SQL node by node, root first, so children can see which parents are
/// bad) before the load's transaction: DuckDB scans tables created inside a transaction on one thread only, which
/// halved throughput. <see cref="StageAsync"/> then writes quarantine rows, staged rows and lineage inside the
/// caller's transaction. Set-based throughout: no row passes through .NET here.
/// </summary>
internal sealed class BatchWriter(DuckDBConnection writer, SourceContract contract, IReadOnlyList<ContractNode> nodes, IReadOnlyList<RawTable> raw, IntakeSqlContext context)
{
    private readonly List<string> _tempTables = [NodeSql.CodeMapTable, .. raw.Select(r => r.Name).Distinct(StringComparer.Ordinal)];
    private IReadOnlyList<IReadOnlyList<FieldPlan>> _plans = [];

    /// <summary>Every temp table this batch may have created, for the caller to drop whatever happens.</summary>
    public IReadOnlyList<string> TempTables => _tempTables;

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await CheckConstantsAsync(cancellationToken).ConfigureAwait(false);
        var key = 0;
        var plans = nodes.Select(n => FieldPlan.For(n, raw[n.Index].Columns, ref key)).ToList();
        _plans = plans;
        foreach (var node in nodes)
        {
            _tempTables.AddRange(Sql(node, context).TempTables);
        }

        await LoadCodeMapsAsync(plans, cancellationToken).ConfigureAwait(false);
        foreach (var node in nodes)
        {
            var sql = Sql(node, context);
            foreach (var statement in sql.SetTables())
            {
                await RunAsync(statement, cancellationToken).ConfigureAwait(false);
            }

            await RunAsync(sql.Typed(), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<LoadCounts> StageAsync(long batchKey, CancellationToken cancellationToken)
    {
        var batchContext = context with { BatchKey = batchKey };
        long read = 0, loaded = 0;
        foreach (var node in nodes)
        {
            var sql = Sql(node, batchContext);
            if (sql.Quarantine() is { } quarantine)
            {
                await RunAsync(quarantine, cancellationToken).ConfigureAwait(false);
            }

            var hasParent = await HasColumnAsync(node.Entity.StagingTable, "parent_record_number", cancellationToken).ConfigureAwait(false);
            await RunAsync(sql.Stage(hasParent), cancellationToken).ConfigureAwait(false);
            await using var command = writer.CreateCommand(sql.Counts);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            read += reader.GetInt64(0);
            loaded += reader.GetInt64(1);
        }

        return new LoadCounts(batchKey, read, loaded, read - loaded, await QuarantineCountsAsync(batchKey, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Drops scratch temp tables by their generated names; run after commit and after any failure alike.</summary>
    public static async Task DropTempTablesAsync(DuckDBConnection connection, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables.Distinct(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync($"DROP TABLE IF EXISTS temp.main.{table}", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A constant that is not a code is a fault of the contract, not of the delivery.</summary>
    private async Task CheckConstantsAsync(CancellationToken cancellationToken)
    {
        foreach (var node in nodes)
        {
            foreach (var (fieldName, value) in node.Constants)
            {
                if (node.Entity.Find(fieldName) is { Type: FieldType.Code, CodeList: { } list })
                {
                    var codes = CodeListCatalog.Get(list);
                    var found = await writer.ScalarAsync<long>($"SELECT count(*) FROM {codes.Table} WHERE {codes.CodeColumn} = $v", cancellationToken, ("v", value)).ConfigureAwait(false);
                    if (found == 0)
                    {
                        throw new ContractException($"{contract.FilePath}: {node.KeyPrefix}constants.{fieldName}: '{value}' is not a code of code list '{list}'.");
                    }
                }
            }
        }
    }

    private async Task LoadCodeMapsAsync(IReadOnlyList<IReadOnlyList<FieldPlan>> plans, CancellationToken cancellationToken)
    {
        await writer.ExecuteAsync(
            $"CREATE OR REPLACE TEMP TABLE {NodeSql.CodeMapTable} (column_key INTEGER, source_value VARCHAR, canonical_value VARCHAR)",
            cancellationToken).ConfigureAwait(false);
        using var appender = writer.CreateAppender("temp", "main", NodeSql.CodeMapTable);
        foreach (var plan in plans.SelectMany(p => p).Where(p => p.CodeMapKey is not null))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (delivered, canonical) in plan.Spec!.Codes!)
            {
                // Same folding as the SQL side (lower(trim(value))); the validator refused conflicting duplicates.
                var folded = delivered.Trim().ToLowerInvariant();
                if (seen.Add(folded))
                {
                    appender.CreateRow().AppendValue(plan.CodeMapKey).AppendValue(folded).AppendValue(canonical).EndRow();
                }
            }
        }
    }

    private async Task<IReadOnlyList<QuarantineCount>> QuarantineCountsAsync(long batchKey, CancellationToken cancellationToken)
    {
        var result = new List<QuarantineCount>();
        await using var command = writer.CreateCommand(
            """
            SELECT entity, rule_code, column_name, count(*) FROM qrn_row WHERE load_batch_key = $batch
            GROUP BY entity, rule_code, column_name ORDER BY entity, rule_code, column_name
            """, ("batch", batchKey));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new QuarantineCount(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return result;
    }

    private async Task<bool> HasColumnAsync(string table, string column, CancellationToken cancellationToken) =>
        await writer.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'main' AND table_name = $t AND column_name = $c",
            cancellationToken, ("t", table), ("c", column)).ConfigureAwait(false) > 0;

    private NodeSql Sql(ContractNode node, IntakeSqlContext sqlContext) =>
        new(node, raw[node.Index], _plans[node.Index], node.IsRoot ? null : _plans[0], sqlContext);

    private async Task RunAsync(SqlStatement statement, CancellationToken cancellationToken)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        await writer.ExecuteAsync(statement.Sql, cancellationToken, statement.Parameters).ConfigureAwait(false);
        if (Environment.GetEnvironmentVariable("INTAKE_TRACE") is { } f) { File.AppendAllText(f, $"--- {sw.Elapsed.TotalSeconds:F3}s\n{statement.Sql}\n"); }
    }
}
