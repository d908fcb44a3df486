using DuckDB.NET.Data;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Issue 3: a corrected delivery after a publish makes a second vintage whose changed cells, and only those, carry the revised
/// flag r (analyst view); `vintages diff` lists the same cells. The changed set is worked out here by joining both snapshots.
/// </summary>
[Collection(Issue3VintagesCollection.Name)]
public sealed class Issue3RevisionTests(Issue3VintagesFixture fixture)
{
    private const int NewPersons = Issue3VintagesFixture.NewPersons;

    [Fact]
    public async Task Issue_3_a_correction_flags_exactly_the_cells_whose_analyst_value_changed_as_revised()
    {
        fixture.Demo.ExitCode.Should().Be(0, fixture.Demo.Output + fixture.Demo.Error);
        fixture.Correction.ExitCode.Should().Be(0, fixture.Correction.Output + fixture.Correction.Error);
        fixture.Correction.Output.Should().Contain("loaded");
        fixture.Republish.ExitCode.Should().Be(0, fixture.Republish.Output + fixture.Republish.Error);

        var vintages = new VintageStore(new WarehouseOptions { DataDirectory = fixture.DataPath }).List();
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

        // The correction adds NewPersons identified victims in March 2025: V04 totals move by exactly that in March, Q1 and the year.
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
            .Should().Equal(new Dictionary<string, double> { ["2025"] = fixture.Truth.RegisteredVictims + NewPersons });

        var diff = await CliRun.RunAsync("vintages", "diff", "1", "2", "--role", "analyst", "--data", fixture.DataPath);
        diff.ExitCode.Should().Be(0, diff.Error);
        var rows = Issue3TableText.Rows(diff.Output);
        rows.Where(r => r["Kind"] is not "added" and not "removed").Select(r => (r["Indicator"], r["Cell"])).Should().BeEquivalentTo(changed);
        diff.Output.Should().Contain($"{rows.Count} cell(s) changed from vintage 1 to vintage 2 (analyst values).");
        var v04Diff = await CliRun.RunAsync("vintages", "diff", "1", "2", "--indicator", "V04", "--role", "analyst", "--data", fixture.DataPath);
        Issue3TableText.Rows(v04Diff.Output).Select(r => (r["Indicator"], r["Cell"]))
            .Should().BeEquivalentTo(changed.Where(c => c.Indicator == "V04"));
    }

    [Fact]
    public async Task Issue_3_the_public_sees_r_only_on_published_values_that_changed()
    {
        var vintages = new VintageStore(new WarehouseOptions { DataDirectory = fixture.DataPath }).List();
        await using var both = new DuckDBConnection("DataSource=:memory:");
        await both.OpenAsync();
        await ExecuteAsync(both, $"ATTACH '{vintages[0].FilePath}' AS v1 (READ_ONLY); ATTACH '{vintages[1].FilePath}' AS v2 (READ_ONLY)");

        var changed = await CellsAsync(both,
            """
            SELECT n.indicator_id, n.cell_key FROM v1.ind_cell o JOIN v2.ind_cell n USING (indicator_id, cell_key)
            WHERE o.obs_value IS NOT NULL AND n.obs_value IS NOT NULL AND abs(o.obs_value - n.obs_value) > 1e-9
            """);
        var flagged = await CellsAsync(both, "SELECT indicator_id, cell_key FROM v2.ind_cell WHERE contains(obs_flag, 'r')");

        changed.Should().NotBeEmpty();
        flagged.Should().BeEquivalentTo(changed);
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
