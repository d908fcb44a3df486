using Stats.Warehouse.Sql;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests;

public sealed class ModelBuilderTests
{
    private static readonly string[] Facts =
    [
        "fct_victim_registration", "brg_victim_registration_form", "fct_victim_person_year", "brg_person_year_form",
        "agg_agency_overlap", "fct_justice_person_stage", "fct_assistance_episode", "fct_immigration_decision",
        "map_person", "map_offender", "map_case",
    ];

    [Fact]
    public async Task Building_twice_gives_identical_facts_and_person_keys()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        await Fixtures.VictimsAsync(wh.Staging);
        await Fixtures.JusticeAsync(wh.Staging);

        await wh.BuildAsync();
        var first = await SnapshotAsync(wh);
        await wh.BuildAsync();
        var second = await SnapshotAsync(wh);

        second.Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
        first["fct_victim_registration"].Should().HaveCount(13);
        first["map_person"].Should().HaveCount(6);
    }

    [Fact]
    public async Task Existing_person_keys_survive_new_deliveries_and_new_keys_get_new_numbers()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        await Fixtures.VictimsAsync(wh.Staging);
        await wh.BuildAsync();
        var before = await Query.LinesAsync(wh.Writer, "SELECT person_key, linkage_key FROM map_person ORDER BY 1");
        before.Select(l => l.Split('|')[0]).Should().Equal("1", "2", "3", "4", "5", "6");

        // A later delivery names an existing person (P2) and a new one (P8): P2 keeps its key, P8 gets 7.
        var batch = await wh.Staging.BatchAsync("NGO1");
        await wh.Staging.VictimAsync(batch, "NGO1", "P8", "2023-11-01", "PRES", "F", 28, "BR", forms: "SEX");
        await wh.Staging.VictimAsync(batch, "NGO1", "P2", "2023-11-02", "IDENT", "M", 34, "UA", forms: "LAB");
        await wh.BuildAsync();

        var after = await Query.LinesAsync(wh.Writer, "SELECT person_key, linkage_key FROM map_person ORDER BY 1");
        after.Take(6).Should().Equal(before);
        after[6].Should().Be("7|" + StagingWriter.Key("P8"));
        (await Query.LinesAsync(wh.Writer,
            $"SELECT highest_status_code, registrations FROM fct_victim_person_year p JOIN map_person m USING (person_key) WHERE m.linkage_key = '{StagingWriter.Key("P2")}'"))
            .Should().Equal("IDENT|3");
    }

    [Fact]
    public async Task Build_reports_each_model_in_name_order_with_its_row_count()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        await Fixtures.VictimsAsync(wh.Staging);
        var result = await wh.BuildAsync();

        result.Models.Select(m => m.Model).Should().Equal(new SqlFiles(wh.Options.SqlPath).List("models").Select(f => f.Name));
        result.Models.Select(m => m.Model).Should().BeInAscendingOrder(StringComparer.Ordinal);
        result.Models[0].Table.Should().BeNull("000_macros fills no table");
        // Hand counts: 13 registrations, 7 person-years, 6 overlap rows, 4 assistance episodes, 2 immigration decisions.
        result.Models.Where(m => m.Table is not null).ToDictionary(m => m.Table!, m => m.Rows).Should().Contain(
            new Dictionary<string, long?>
            {
                ["fct_victim_registration"] = 13, ["fct_victim_person_year"] = 7, ["agg_agency_overlap"] = 6,
                ["fct_assistance_episode"] = 4, ["fct_immigration_decision"] = 2, ["fct_justice_person_stage"] = 0,
            });
        result.Elapsed.Should().BeGreaterThan(TimeSpan.Zero);
    }

    [Fact]
    public async Task A_failing_model_rolls_back_the_whole_build()
    {
        var sqlDir = DataTestRunnerTests.CopyOfSqlWith("models/999_broken.sql", "SELECT * FROM no_such_table;");
        try
        {
            await using var wh = await TempWarehouse.CreateAsync(sqlDir);
            await Fixtures.VictimsAsync(wh.Staging);
            var build = async () => await wh.BuildAsync();
            await build.Should().ThrowAsync<Exception>();
            (await Query.CountAsync(wh.Writer, "SELECT count(*) FROM fct_victim_registration")).Should().Be(0);
            (await Query.CountAsync(wh.Writer, "SELECT count(*) FROM map_person")).Should().Be(0);
        }
        finally
        {
            Directory.Delete(sqlDir, recursive: true);
        }
    }

    private static async Task<Dictionary<string, List<string>>> SnapshotAsync(TempWarehouse wh)
    {
        var tables = new Dictionary<string, List<string>>();
        foreach (var table in Facts)
        {
            tables[table] = await Query.LinesAsync(wh.Writer, $"SELECT * FROM {table} ORDER BY ALL");
        }

        return tables;
    }
}
