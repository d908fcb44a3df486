using DuckDB.NET.Data;
using Stats.Warehouse.OData;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Issue 10, item 5: the DuckDB connections requests are answered from cannot touch anything but the snapshot, whatever SQL
/// reached them: external access off (no file read or written, no ATTACH), extensions neither installed nor loaded, the
/// configuration locked. Checked on the connections the running server hands out, for every role's model, by trying each
/// forbidden thing directly on them (as a translator bug would).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ServedConnectionTests(SecurityWarehouse warehouse, ITestOutputHelper output)
{
    /// <summary>What a served connection must report: setting → value.</summary>
    private static readonly (string Setting, string Value)[] Required =
    [
        ("enable_external_access", "false"),
        ("lock_configuration", "true"),
        ("autoinstall_known_extensions", "false"),
        ("autoload_known_extensions", "false"),
        ("allow_community_extensions", "false"),
        ("access_mode", "read_only"),
    ];

    [Fact]
    public async Task Issue_10_served_connections_are_read_only_without_external_access_extensions_or_configuration_changes()
    {
        var written = Path.Combine(warehouse.CanaryPath, "served-connection-written.csv");
        var attached = Path.Combine(warehouse.CanaryPath, "served-connection-attached.duckdb");
        var forbidden = new[]
        {
            $"SELECT * FROM read_csv('{warehouse.CanaryCsv}')",
            $"SELECT * FROM read_text('{warehouse.CanaryCsv}')",
            $"SELECT * FROM glob('{warehouse.CanaryPath}/*')",
            $"ATTACH '{warehouse.CanaryDatabase}' AS leak (READ_ONLY)",
            $"ATTACH '{attached}' AS created",
            $"COPY (SELECT 1 AS x) TO '{written}'",
            "INSTALL httpfs",
            "LOAD httpfs",
            "SET enable_external_access = true",
            "SET lock_configuration = false",
            "RESET lock_configuration",
            "SET autoload_known_extensions = true",
            "SET allow_community_extensions = true",
            "CREATE TABLE intruder AS SELECT 1 AS x",
        };
        var checkedSettings = 0;
        var refused = 0;
        var failures = new List<string>();
        foreach (var role in Enum.GetValues<ODataRole>())
        {
            var model = await warehouse.Source.GetAsync(role, null, CancellationToken.None);
            await using var connection = await model.OpenConnectionAsync(CancellationToken.None);
            foreach (var (setting, value) in Required)
            {
                var actual = await SettingAsync(connection, setting);
                checkedSettings++;
                if (!string.Equals(actual, value, StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"{role}: {setting} is {actual}, must be {value}");
                }
            }

            foreach (var sql in forbidden)
            {
                try
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = sql;
                    await command.ExecuteNonQueryAsync();
                    failures.Add($"{role}: '{sql}' ran on a served connection");
                }
                catch (DuckDBException)
                {
                    refused++;
                }
            }
        }

        output.WriteLine($"served connections: {checkedSettings} settings checked, {refused} forbidden statements refused, over {Enum.GetValues<ODataRole>().Length} roles");
        failures.Should().BeEmpty();
        File.Exists(written).Should().BeFalse();
        File.Exists(attached).Should().BeFalse();
    }

    internal static async Task<string> SettingAsync(DuckDBConnection connection, string setting)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT current_setting('{setting}')::VARCHAR";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
