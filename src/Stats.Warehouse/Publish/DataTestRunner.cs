using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Publish;

/// <summary>
/// Runs every sql/tests/*.sql: a query that must return zero rows. Any row, or a test that cannot run, is a
/// failure that blocks publishing. Tests run in name order and all of them run, so one report lists every problem.
/// </summary>
public sealed partial class DataTestRunner(SqlFiles sql)
{
    private const int SampleRows = 5;
    private const string Redacted = "[redacted]";

    public async Task<IReadOnlyList<DataTestFailure>> RunAsync(DuckDBConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var failures = new List<DataTestFailure>();
        foreach (var test in sql.List("tests"))
        {
            var query = Body(test.Text);
            try
            {
                var rows = await connection.ScalarAsync<long>($"SELECT count(*) FROM (\n{query}\n) AS failing", ct).ConfigureAwait(false);
                if (rows > 0)
                {
                    failures.Add(new DataTestFailure(test.Name, rows, await SamplesAsync(connection, query, ct).ConfigureAwait(false)));
                }
            }
            catch (DuckDBException ex)
            {
                failures.Add(new DataTestFailure(test.Name, 0, [], LinkageKey().Replace(ex.Message, Redacted)));
            }
        }

        return failures;
    }

    private static async Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>> SamplesAsync(
        DuckDBConnection connection, string query, CancellationToken ct)
    {
        var samples = new List<IReadOnlyDictionary<string, string?>>();
        await using var command = connection.CreateCommand(
            string.Create(CultureInfo.InvariantCulture, $"SELECT * FROM (\n{query}\n) AS failing LIMIT {SampleRows}"));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var row = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var name = reader.GetName(i);
                if (name.Contains("linkage", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var value = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                row[name] = value is not null && LinkageKey().IsMatch(value) ? Redacted : value;
            }

            samples.Add(row);
        }

        return samples;
    }

    /// <summary>The query without a trailing semicolon, so that it can be wrapped as a subquery.</summary>
    private static string Body(string text) => text.Trim().TrimEnd(';').TrimEnd();

    [GeneratedRegex("[0-9a-fA-F]{64}")]
    private static partial Regex LinkageKey();
}
