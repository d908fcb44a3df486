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

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
