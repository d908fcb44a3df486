using Microsoft.Data.Sqlite;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// The test's own read of a data folder's catalog (SQLite, catalog.db) while `stats serve` runs or after it was killed:
/// plain SQL over deliveries and job_runs, not through the catalog's code.
/// </summary>
internal sealed class Issue5Catalog(string dataFolder)
{
    public sealed record Run(long Id, string Job, string Trigger, string Outcome, long FilesSeen, long Loaded, long Duplicate, long? VintageId, string? Message);

    public sealed record Delivery(long Id, string Contract, string File, string Status, long RowsLoaded, string? Message, string? RefusalReason = null);

    public async Task<IReadOnlyList<Run>> RunsAsync()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        return await QueryAsync(
            "SELECT id, job_name, \"trigger\", outcome, files_seen, deliveries_loaded, deliveries_duplicate, vintage_id, message FROM job_runs ORDER BY id",
            r => new Run(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6),
                r.IsDBNull(7) ? null : r.GetInt64(7), r.IsDBNull(8) ? null : r.GetString(8)));
    }

    public async Task<IReadOnlyList<Delivery>> DeliveriesAsync()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        return await QueryAsync(
            "SELECT id, contract_id, file_name, status, rows_loaded, message, refusal_reason FROM deliveries ORDER BY id",
            r => new Delivery(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.IsDBNull(5) ? null : r.GetString(5),
                r.IsDBNull(6) ? null : r.GetString(6)));
    }

    /// <summary>Polls until <paramref name="done"/> holds; fails with what the history showed last.</summary>
    public async Task<IReadOnlyList<Run>> WaitForRunsAsync(Func<IReadOnlyList<Run>, bool> done, TimeSpan timeout, string because, Func<string>? processOutput = null)
    {
        var until = DateTime.UtcNow + timeout;
        IReadOnlyList<Run> runs = [];
        while (DateTime.UtcNow < until)
        {
            runs = await TryAsync(RunsAsync);
            if (done(runs))
            {
                return runs;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {because}; runs: {Describe(runs)}{Environment.NewLine}{processOutput?.Invoke()}");
    }

    public static string Describe(IEnumerable<Run> runs) =>
        string.Join(Environment.NewLine, runs.Select(r => $"  #{r.Id} {r.Job} [{r.Trigger}] {r.Outcome} loaded={r.Loaded} dup={r.Duplicate} vintage={r.VintageId} {r.Message}"));

    private string Path => System.IO.Path.Combine(dataFolder, "catalog.db");

    // The serving process may hold a write lock for a moment; a busy read is simply tried again at the next poll.
    private static async Task<IReadOnlyList<T>> TryAsync<T>(Func<Task<IReadOnlyList<T>>> read)
    {
        try
        {
            return await read();
        }
        catch (SqliteException)
        {
            return [];
        }
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> map)
    {
        await using var connection = new SqliteConnection($"Data Source={Path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
