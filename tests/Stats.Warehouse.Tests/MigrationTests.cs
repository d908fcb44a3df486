using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Tests;

public sealed class MigrationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stats-mig-").FullName;

    [Fact]
    public async Task Fresh_database_gets_schema_and_code_lists_and_a_second_open_changes_nothing()
    {
        var db = new WarehouseDatabase(new WarehouseOptions { DataDirectory = _dir });
        await using (var connection = await db.OpenWriterAsync(CancellationToken.None))
        {
            (await connection.ScalarAsync<long>("SELECT count(*) FROM dim_sex", CancellationToken.None)).Should().Be(4);
            (await connection.ScalarAsync<long>("SELECT count(*) FROM dim_country WHERE is_eu", CancellationToken.None)).Should().Be(27);
            (await connection.ScalarAsync<long>("SELECT count(*) FROM schema_version", CancellationToken.None)).Should().BeGreaterThanOrEqualTo(2);
        }

        await using (var again = await db.OpenWriterAsync(CancellationToken.None))
        {
            (await again.ScalarAsync<long>("SELECT count(*) FROM dim_sex", CancellationToken.None)).Should().Be(4);
        }
    }

    [Fact]
    public async Task Date_dimension_covers_2000_to_2040_with_iso_weeks_and_month_keys()
    {
        var db = new WarehouseDatabase(new WarehouseOptions { DataDirectory = _dir });
        await using var connection = await db.OpenWriterAsync(CancellationToken.None);
        // 41 years of 365 days plus 11 leap days (2000, 2004, …, 2040).
        (await connection.ScalarAsync<long>("SELECT count(*) FROM dim_date", CancellationToken.None)).Should().Be(41 * 365 + 11);
        (await connection.ScalarAsync<int>("SELECT min(date_key) FROM dim_date", CancellationToken.None)).Should().Be(20000101);
        (await connection.ScalarAsync<int>("SELECT max(date_key) FROM dim_date", CancellationToken.None)).Should().Be(20401231);
        // 3 January 2021 is a Sunday in ISO week 53 of 2020.
        (await connection.ScalarAsync<string>(
            "SELECT concat_ws('|', month_key, \"quarter\", \"year\", iso_week, iso_year, iso_day_of_week, month_name) FROM dim_date WHERE date_key = 20210103",
            CancellationToken.None)).Should().Be("202101|1|2021|53|2020|7|January");
        (await connection.ScalarAsync<long>("SELECT count(*) FROM dim_date WHERE \"year\" = 2024 AND \"month\" = 2", CancellationToken.None)).Should().Be(29);
    }

    [Fact]
    public async Task Star_schema_migrations_are_recorded_and_reopening_applies_nothing_again()
    {
        var db = new WarehouseDatabase(new WarehouseOptions { DataDirectory = _dir });
        await using (var connection = await db.OpenWriterAsync(CancellationToken.None))
        {
            (await connection.ScalarAsync<long>("SELECT count(*) FROM schema_version WHERE version BETWEEN 3 AND 7", CancellationToken.None)).Should().Be(5);
        }

        await using var again = await db.OpenWriterAsync(CancellationToken.None);
        var applied = await new Migrations.MigrationRunner(db.Sql).ApplyAsync(again, CancellationToken.None);
        applied.Should().BeEmpty();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
