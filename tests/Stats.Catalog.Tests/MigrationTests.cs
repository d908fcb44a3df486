using Microsoft.EntityFrameworkCore;

namespace Stats.Catalog.Tests;

/// <summary>SQLite specifics (file, WAL, busy timeout); what both providers share is in <see cref="ProviderMigrationTests"/>.</summary>
public sealed class MigrationTests : IDisposable
{
    private readonly TempCatalog _catalog = new();

    [Fact]
    public async Task Fresh_database_gets_every_table_the_migration_history_and_wal_mode()
    {
        await using (var db = await _catalog.OpenAsync())
        {
            (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        }

        File.Exists(_catalog.FilePath).Should().BeTrue();
        using var raw = _catalog.OpenRaw();
        raw.Strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
            .Should().BeEquivalentTo(
                "__EFMigrationsLock", // EF's own lock so two processes never migrate at once
                "__ef_migrations_history", "api_keys", "deliveries", "job_runs", "pack_deliveries", "publish_attempts", "pull_states",
                "quarantine_summaries", "source_contracts", "sources", "subscriptions", "vintages");
        raw.Strings("SELECT MigrationId FROM __ef_migrations_history ORDER BY MigrationId")
            .Should().SatisfyRespectively(
                first => first.Should().MatchRegex("^[0-9]{14}_InitialCatalog$"),
                second => second.Should().MatchRegex("^[0-9]{14}_ApiKeys$"),
                third => third.Should().MatchRegex("^[0-9]{14}_JobRunsPullStatesAgencyKeys$"),
                fourth => fourth.Should().MatchRegex("^[0-9]{14}_Subscriptions$"));
        raw.Strings("PRAGMA journal_mode").Should().Equal("wal");
        raw.Strings("SELECT name FROM pragma_table_info('deliveries') ORDER BY cid").Should().Equal(
            "id", "contract_id", "source_code", "file_name", "content_sha256", "received_at", "finished_at", "status",
            "refusal_reason", "message", "load_batch_key", "duplicate_of_batch_key", "rows_read", "rows_loaded", "rows_quarantined");
        raw.Strings("SELECT name FROM pragma_index_list('deliveries')").Should().Contain("ix_deliveries_content_sha256");
    }

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Reopening_an_existing_database_applies_nothing_and_keeps_its_rows(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using (var db = await catalog.OpenAsync())
        {
            db.Sources.Add(new Entities.Source { Code = "POL", Name = "Police", OrganisationType = "POLICE", FirstSeenAt = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync();
        }

        var applied = await AppliedAsync(catalog);

        await using (var again = await catalog.OpenAsync())
        {
            (await again.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
            (await again.Sources.CountAsync()).Should().Be(1);
        }

        (await AppliedAsync(catalog)).Should().Equal(applied);
    }

    [Fact]
    public async Task Every_connection_ef_opens_waits_for_locks()
    {
        await using var db = await _catalog.OpenAsync();
        await db.Database.OpenConnectionAsync();
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";
        (await command.ExecuteScalarAsync()).Should().Be(10_000L);
    }

    [Fact]
    public void Default_connection_string_points_into_the_data_folder()
    {
        new CatalogOptions().Resolve("/srv/stats/data").Should().Be("Data Source=/srv/stats/data/catalog.db");
        new CatalogOptions { ConnectionString = "Data Source=/tmp/x.db" }.Resolve("/srv/stats/data").Should().Be("Data Source=/tmp/x.db");
    }

    private static async Task<List<string>> AppliedAsync(TestCatalog catalog)
    {
        await using var db = await catalog.OpenAsync();
        return [.. await db.Database.GetAppliedMigrationsAsync()];
    }

    public void Dispose() => _catalog.Dispose();
}
