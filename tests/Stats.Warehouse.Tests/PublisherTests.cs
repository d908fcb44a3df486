using Stats.Warehouse.Publish;
using Stats.Warehouse.Tests.Support;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Tests;

public sealed class PublisherTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Publishes_vintage_1_then_2_and_switches_current()
    {
        await using var wh = await FixtureAsync();
        var time = new ManualTime(T0);
        var publisher = new Publisher(wh.Database, time);
        var store = new VintageStore(wh.Options);
        store.Current().Should().BeNull();

        var first = await publisher.PublishAsync(wh.Writer, null, CancellationToken.None);
        first.Published.Should().BeTrue();
        first.Failures.Should().BeEmpty();
        first.Vintage!.Id.Should().Be(1);
        first.Vintage.FilePath.Should().Be(Path.Combine(wh.Options.VintagesPath, "vintage-000001.duckdb"));
        store.Current().Should().Be(new VintageInfo(1, T0, first.Vintage.FilePath));
        File.Exists(Path.Combine(wh.Options.VintagesPath, "current.json")).Should().BeTrue();

        time.Now = T0.AddHours(1);
        var second = await publisher.PublishAsync(wh.Writer, null, CancellationToken.None);
        second.Vintage!.Id.Should().Be(2);
        store.Current()!.Id.Should().Be(2);
        store.Current()!.PublishedAt.Should().Be(T0.AddHours(1));
        store.List().Select(v => v.Id).Should().Equal(1, 2);
        (await Query.LinesAsync(wh.Writer, "SELECT vintage_id, file_name FROM meta_vintage_log ORDER BY 1"))
            .Should().Equal("1|vintage-000001.duckdb", "2|vintage-000002.duckdb");
        Directory.EnumerateFiles(wh.Options.VintagesPath).Select(Path.GetFileName).Should().BeEquivalentTo(
            "current.json", "vintage-000001.duckdb", "vintage-000001.json", "vintage-000002.duckdb", "vintage-000002.json");

        await using var snapshot = await store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None);
        (await Query.LinesAsync(snapshot, "SELECT vintage_id, reporting_country FROM meta_vintage")).Should().Equal("2|AT");
        // Same hand counts as the working database: 7 person-years (6 in 2023, 1 in 2022), 15 justice rows.
        (await Query.CountAsync(snapshot, "SELECT count(*) FROM fct_victim_person_year")).Should().Be(7);
        (await Query.CountAsync(snapshot, "SELECT count(*) FROM fct_justice_person_stage")).Should().Be(15);
        (await Query.CountAsync(snapshot, "SELECT count(*) FROM dim_date")).Should().Be(14976);
        var write = async () => await Query.CountAsync(snapshot, "CREATE TABLE x AS SELECT 1");
        await write.Should().ThrowAsync<Exception>("the snapshot is opened read-only");
    }

    [Fact]
    public async Task A_failing_data_test_publishes_nothing_and_the_previous_vintage_keeps_serving()
    {
        await using var wh = await FixtureAsync();
        var publisher = new Publisher(wh.Database, new ManualTime(T0));
        await publisher.PublishAsync(wh.Writer, null, CancellationToken.None);
        await publisher.PublishAsync(wh.Writer, null, CancellationToken.None);
        var currentJson = await File.ReadAllTextAsync(Path.Combine(wh.Options.VintagesPath, "current.json"));

        // A registration dated 1995 lies outside dim_date: the model builds, the orphan data test must fail.
        var batch = await wh.Staging.BatchAsync("POL");
        await wh.Staging.VictimAsync(batch, "POL", "P9", "1995-05-05", "IDENT", "F", 30, "AT");

        var result = await publisher.PublishAsync(wh.Writer, null, CancellationToken.None);

        result.Published.Should().BeFalse();
        result.Vintage.Should().BeNull();
        result.Build.Should().NotBeNull();
        result.Failures.Select(f => f.Test).Should().Contain("orphan_date_keys");
        result.Failures.Single(f => f.Test == "orphan_date_keys").Samples.Should().Contain(
            row => row["column_name"] == "date_key" && row["value"] == "19950505");
        (await File.ReadAllTextAsync(Path.Combine(wh.Options.VintagesPath, "current.json"))).Should().Be(currentJson);
        var store = new VintageStore(wh.Options);
        store.Current()!.Id.Should().Be(2);
        store.List().Select(v => v.Id).Should().Equal(1, 2);
        Directory.EnumerateFiles(wh.Options.VintagesPath, "*.tmp").Should().BeEmpty();
        (await Query.CountAsync(wh.Writer, "SELECT count(*) FROM meta_vintage_log")).Should().Be(2);

        await using var snapshot = await store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None);
        (await Query.CountAsync(snapshot, "SELECT count(*) FROM fct_victim_registration")).Should().Be(13);
    }

    [Fact]
    public async Task Snapshots_hold_no_linkage_keys_no_maps_and_no_staging()
    {
        await using var wh = await FixtureAsync();
        var result = await new Publisher(wh.Database, new ManualTime(T0)).PublishAsync(wh.Writer, null, CancellationToken.None);
        await using var snapshot = await new VintageStore(wh.Options).OpenReadOnlyAsync(result.Vintage!, CancellationToken.None);

        var tables = await Query.LinesAsync(snapshot, "SELECT table_name FROM duckdb_tables() ORDER BY 1");
        tables.Should().Contain(["dim_date", "dim_sex", "dim_organisation", "fct_victim_registration", "brg_victim_registration_form",
            "fct_victim_person_year", "brg_person_year_form", "agg_agency_overlap", "fct_justice_person_stage",
            "fct_assistance_episode", "fct_immigration_decision", "meta_load_batch", "meta_vintage"]);
        tables.Should().NotContain(t => t.StartsWith("map_") || t.StartsWith("stg_") || t.StartsWith("qrn_")
            || t == "schema_version" || t == "meta_vintage_log");

        var textColumns = await Query.LinesAsync(snapshot,
            "SELECT table_name, column_name FROM duckdb_columns() WHERE data_type = 'VARCHAR' AND NOT internal AND schema_name = 'main' ORDER BY 1, 2");
        textColumns.Should().HaveCountGreaterThan(20);
        textColumns.Should().NotContain(c => c.Contains("linkage") || c.EndsWith("|case_id") || c.EndsWith("|content_sha256"));
        foreach (var (table, column) in textColumns.Select(c => c.Split('|')).Select(p => (p[0], p[1])))
        {
            (await Query.CountAsync(snapshot, $"SELECT count(*) FROM \"{table}\" WHERE regexp_matches(\"{column}\", '^[0-9a-fA-F]{{64}}$')"))
                .Should().Be(0, $"{table}.{column} must not hold linkage keys");
        }

        // The working database does hold the keys, so the check above is not vacuous.
        (await Query.CountAsync(wh.Writer, "SELECT count(*) FROM map_person WHERE regexp_matches(linkage_key, '^[0-9a-f]{64}$')"))
            .Should().Be(6);
    }

    [Fact]
    public async Task A_reader_holding_the_old_snapshot_keeps_reading_while_a_new_one_is_published()
    {
        await using var wh = await FixtureAsync();
        var publisher = new Publisher(wh.Database, new ManualTime(T0));
        var store = new VintageStore(wh.Options);
        await publisher.PublishAsync(wh.Writer, null, CancellationToken.None);
        await using var reader = await store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None);
        (await Query.CountAsync(reader, "SELECT count(*) FROM fct_victim_registration")).Should().Be(13);

        // New delivery: one more registration; vintage 2 has 14, the open vintage-1 reader still sees 13.
        var batch = await wh.Staging.BatchAsync("POL");
        await wh.Staging.VictimAsync(batch, "POL", "P7", "2023-10-10", "IDENT", "M", 19, "AT", forms: "LAB");
        var second = await publisher.PublishAsync(wh.Writer, null, CancellationToken.None);

        second.Vintage!.Id.Should().Be(2);
        (await Query.CountAsync(reader, "SELECT count(*) FROM fct_victim_registration")).Should().Be(13);
        (await Query.LinesAsync(reader, "SELECT vintage_id FROM meta_vintage")).Should().Equal("1");
        await using var fresh = await store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None);
        (await Query.CountAsync(fresh, "SELECT count(*) FROM fct_victim_registration")).Should().Be(14);
    }

    [Fact]
    public async Task A_build_error_publishes_nothing_and_leaves_no_temp_file()
    {
        var sqlDir = DataTestRunnerTests.CopyOfSqlWith("models/999_broken.sql", "SELECT * FROM no_such_table;");
        try
        {
            await using var wh = await TempWarehouse.CreateAsync(sqlDir);
            await Fixtures.VictimsAsync(wh.Staging);
            var publish = async () => await new Publisher(wh.Database, new ManualTime(T0)).PublishAsync(wh.Writer, null, CancellationToken.None);
            await publish.Should().ThrowAsync<Exception>();
            new VintageStore(wh.Options).Current().Should().BeNull();
            new VintageStore(wh.Options).List().Should().BeEmpty();
            (await Query.CountAsync(wh.Writer, "SELECT count(*) FROM meta_vintage_log")).Should().Be(0);
        }
        finally
        {
            Directory.Delete(sqlDir, recursive: true);
        }
    }

    private static async Task<TempWarehouse> FixtureAsync()
    {
        var wh = await TempWarehouse.CreateAsync();
        await Fixtures.VictimsAsync(wh.Staging);
        await Fixtures.JusticeAsync(wh.Staging);
        return wh;
    }
}
