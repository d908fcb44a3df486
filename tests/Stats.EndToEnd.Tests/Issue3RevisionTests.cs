using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using Stats.Etl.Synthetic;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Issue 3: a corrected delivery after a publish makes a second vintage whose changed cells, and only those, carry the revised
/// flag r (analyst view); `vintages diff` lists the same cells. The changed set is worked out here by joining both snapshots.
/// </summary>
public sealed class Issue3RevisionTests
{
    private const int NewPersons = 6;

    [Fact]
    public async Task Issue_3_a_correction_flags_exactly_the_cells_whose_analyst_value_changed_as_revised()
    {
        using var data = new TempDataFolder();
        var demo = await CliRun.RunAsync("demo", "--data", data.Path, "--year", "2025", "--seed", "21");
        demo.ExitCode.Should().Be(0, demo.Output + demo.Error);
        var truth = GroundTruth.Read(Path.Combine(data.Deliveries(2025), "ground-truth.json"));

        var correction = Path.Combine(data.Path, "police_victims_2025_correction.csv");
        await File.WriteAllTextAsync(correction, CorrectionDelivery());
        var load = await CliRun.RunAsync("load", "--data", data.Path, "--contract", "police-victims", correction);
        load.ExitCode.Should().Be(0, load.Output + load.Error);
        var publish = await CliRun.RunAsync("publish", "--data", data.Path);
        publish.ExitCode.Should().Be(0, publish.Output + publish.Error);

        var vintages = new VintageStore(new WarehouseOptions { DataDirectory = data.Path }).List();
        vintages.Select(v => v.Id).Should().Equal(1, 2);
        await using var both = new DuckDBConnection("DataSource=:memory:");
        await both.OpenAsync();
        await ExecuteAsync(both, $"ATTACH '{vintages[0].FilePath}' AS v1 (READ_ONLY); ATTACH '{vintages[1].FilePath}' AS v2 (READ_ONLY)");

        var changed = await CellsAsync(both,
            """
            SELECT n.indicator_id, n.cell_key FROM v1.ind_cell o JOIN v2.ind_cell n USING (indicator_id, cell_key)
            WHERE (o.raw_value IS NULL) <> (n.raw_value IS NULL) OR abs(o.raw_value - n.raw_value) > 1e-9
            """);
        var flagged = await CellsAsync(both, "SELECT indicator_id, cell_key FROM v2.ind_cell WHERE contains(analyst_flag, 'r')");
        changed.Should().NotBeEmpty();
        flagged.Should().BeEquivalentTo(changed);

        // The correction adds NEW_PERSONS identified victims in March 2025: V04 moves by exactly that in March, Q1 and the year.
        var v04Totals = await ValuesAsync(both,
            """
            SELECT n.time_period, n.raw_value - o.raw_value FROM v1.ind_cell o JOIN v2.ind_cell n USING (indicator_id, cell_key)
            WHERE n.indicator_id = 'V04' AND n.table_by = '' AND n."year" = 2025
            """);
        v04Totals.Where(kv => kv.Value != 0).Should().BeEquivalentTo(new Dictionary<string, double>
        {
            ["2025"] = NewPersons, ["2025-Q1"] = NewPersons, ["2025-03"] = NewPersons,
        });
        (await ValuesAsync(both, "SELECT time_period, raw_value FROM v2.ind_cell WHERE indicator_id = 'V04' AND cell_key = 'A|2025|'"))
            .Should().Equal(new Dictionary<string, double> { ["2025"] = truth.RegisteredVictims + NewPersons });

        var diff = await CliRun.RunAsync("vintages", "diff", "1", "2", "--role", "analyst", "--data", data.Path);
        diff.ExitCode.Should().Be(0, diff.Error);
        var rows = Issue3TableText.Rows(diff.Output);
        rows.Where(r => r["Kind"] is not "added" and not "removed").Select(r => (r["Indicator"], r["Cell"])).Should().BeEquivalentTo(changed);
        diff.Output.Should().Contain($"{rows.Count} cell(s) changed from vintage 1 to vintage 2 (analyst values).");
        var v04Diff = await CliRun.RunAsync("vintages", "diff", "1", "2", "--indicator", "V04", "--role", "analyst", "--data", data.Path);
        Issue3TableText.Rows(v04Diff.Output).Select(r => (r["Indicator"], r["Cell"]))
            .Should().BeEquivalentTo(changed.Where(c => c.Indicator == "V04"));
    }

    /// <summary>A police delivery in the contract's format: new persons (new linkage keys) identified in March 2025.</summary>
    private static string CorrectionDelivery()
    {
        var text = new StringBuilder("case_ref;person_pseudonym;detected_on;identified_on;victim_category;gender;age;nationality;district_nuts;exploitation;sector;cross_border\n");
        for (var i = 1; i <= NewPersons; i++)
        {
            var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"issue-3-correction-person-{i}")));
            text.Append(CultureInfo.InvariantCulture,
                $"PK-2025-C{i:0000};{key};{i + 2:00}.03.2025;20.03.2025;identified;{(i % 3 == 0 ? "m" : "w")};{24 + i};RO;AT130;sexual;;yes\n");
        }

        return text.ToString();
    }

    private static async Task ExecuteAsync(DuckDBConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<(string Indicator, string Cell)>> CellsAsync(DuckDBConnection connection, string sql)
    {
        var cells = new List<(string, string)>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            cells.Add((reader.GetString(0), reader.GetString(1)));
        }

        return cells;
    }

    private static async Task<Dictionary<string, double>> ValuesAsync(DuckDBConnection connection, string sql)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values[reader.GetString(0)] = reader.GetDouble(1);
        }

        return values;
    }
}
