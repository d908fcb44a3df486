using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Warehouse;
using Stats.Warehouse.Sql;

namespace Stats.Etl.Tests.Intake;

/// <summary>A fresh warehouse in a temp folder per test, the shipped contracts, and helpers to write and load deliveries.</summary>
public abstract class IntakeTestBase : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stats-intake-").FullName;

    protected DuckDBConnection Writer { get; private set; } = null!;
    protected ContractRepository Contracts { get; } = new(Path.Combine(AppContext.BaseDirectory, "contracts"));
    internal IntakeService Service { get; } = new(new FixedTime(FixedTime.Default));
    protected string Dir => _dir;

    public async Task InitializeAsync()
    {
        Writer = await new WarehouseDatabase(new WarehouseOptions { DataDirectory = Path.Combine(_dir, "data") }).OpenWriterAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Writer.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>A well-formed linkage key, different for each n.</summary>
    protected static string Key(int n) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("person-" + n)));

    protected string Write(string fileName, string content)
    {
        var path = Path.Combine(_dir, fileName);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    protected string WriteBytes(string fileName, byte[] content)
    {
        var path = Path.Combine(_dir, fileName);
        File.WriteAllBytes(path, content);
        return path;
    }

    protected Task<IntakeOutcome> LoadAsync(string contractId, string path) =>
        Service.LoadAsync(Writer, Contracts.Get(contractId), path, null, CancellationToken.None);

    protected Task<IntakeOutcome> LoadAsync(SourceContract contract, string path) =>
        Service.LoadAsync(Writer, contract, path, null, CancellationToken.None);

    protected async Task<long> CountAsync(string sql, params (string Name, object? Value)[] parameters) =>
        await Writer.ScalarAsync<long>(sql, CancellationToken.None, parameters);

    internal async Task<WarehouseCounts> CountsAsync() => new(
        await CountAsync("SELECT count(*) FROM stg_intake__victim_registration"),
        await CountAsync("SELECT count(*) FROM stg_intake__justice_person_stage"),
        await CountAsync("SELECT count(*) FROM stg_intake__assistance_episode"),
        await CountAsync("SELECT count(*) FROM stg_intake__immigration_decision"),
        await CountAsync("SELECT count(*) FROM qrn_row"),
        await CountAsync("SELECT count(*) FROM meta_load_batch"),
        await CountAsync("SELECT count(*) FROM dim_organisation"));

    /// <summary>The quarantine rows of a batch as (entity, rule, column, record number, parent record number).</summary>
    protected async Task<List<(string Entity, string Rule, string Column, long Record, long? Parent, string Message)>> QuarantineAsync(long batch)
    {
        var rows = new List<(string, string, string, long, long?, string)>();
        await using var command = Writer.CreateCommand(
            "SELECT entity, rule_code, column_name, record_number, parent_record_number, message FROM qrn_row WHERE load_batch_key = $b ORDER BY entity, record_number, rule_code",
            ("b", batch));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.GetString(5)));
        }

        return rows;
    }

    /// <summary>Reads one query's rows as strings (lists joined with ','), for comparing staged values.</summary>
    protected async Task<List<string[]>> RowsAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<string[]>();
        await using var command = Writer.CreateCommand(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                var value = reader.GetValue(i);
                row[i] = value switch
                {
                    DBNull => "NULL",
                    System.Collections.IEnumerable list and not string => string.Join(",", list.Cast<object>()),
                    DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                    _ => value.ToString() ?? "NULL",
                };
            }

            rows.Add(row);
        }

        return rows;
    }
}
