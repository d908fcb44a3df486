using Microsoft.EntityFrameworkCore;

namespace Stats.Catalog.Tests;

public sealed class ProviderMigrationTests
{
    [Theory, OnSqlite, OnPostgreSql]
    public async Task Each_provider_applies_its_own_migrations_and_leaves_no_model_change_behind(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using (var db = await catalog.OpenAsync())
        {
            db.Database.ProviderName.Should().Be(provider == CatalogProvider.Sqlite ? "Microsoft.EntityFrameworkCore.Sqlite" : "Npgsql.EntityFrameworkCore.PostgreSQL");
            db.Database.HasPendingModelChanges().Should().BeFalse("every model change needs `dotnet ef migrations add` for both providers (see the README)");
            (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
            db.Database.GetMigrations().Should().Equal(await db.Database.GetAppliedMigrationsAsync());

            // SQLite's set grew with the project; PostgreSQL's starts from the model as it was when it was added.
            var names = db.Database.GetMigrations().Select(m => m[15..]).ToList();
            names.Should().Equal(provider == CatalogProvider.Sqlite
                ? ["InitialCatalog", "ApiKeys", "JobRunsPullStatesAgencyKeys", "Subscriptions"]
                : ["InitialCatalog", "JobRunsPullStatesAgencyKeys", "Subscriptions"]);
        }

        var tables = provider == CatalogProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name";
        // SQLite needs EF's lock table so two processes never migrate at once; Npgsql takes an advisory lock instead.
        var lockTable = provider == CatalogProvider.Sqlite ? new[] { "__EFMigrationsLock" } : [];
        (await catalog.StringsAsync(tables)).Should().BeEquivalentTo(lockTable.Concat([
            "__ef_migrations_history", "api_keys", "deliveries", "job_runs", "pack_deliveries", "publish_attempts",
            "pull_states", "quarantine_summaries", "source_contracts", "sources", "subscriptions", "vintages"]));

        var jobRunIndexes = provider == CatalogProvider.Sqlite
            ? "SELECT name FROM pragma_index_list('job_runs') WHERE origin = 'c' ORDER BY name"
            : "SELECT indexname FROM pg_indexes WHERE tablename = 'job_runs' AND indexname LIKE 'ix_%' ORDER BY indexname";
        (await catalog.StringsAsync(jobRunIndexes)).Should().Equal(
            "ix_job_runs_fire_instance_id_attempt", "ix_job_runs_job_name_started_at", "ix_job_runs_outcome_instance_id", "ix_job_runs_started_at");

        // Reopening applies nothing.
        await using var again = await catalog.OpenAsync();
        (await again.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Theory, OnPostgreSql]
    public async Task PostgreSql_stores_instants_as_timestamptz_and_names_in_snake_case(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await (await catalog.OpenAsync()).DisposeAsync();
        (await catalog.StringsAsync("SELECT column_name || ':' || data_type FROM information_schema.columns WHERE table_name = 'job_runs' AND column_name IN ('started_at', 'scheduled_for', 'outcome', 'rows_loaded') ORDER BY column_name"))
            .Should().Equal("outcome:character varying", "rows_loaded:bigint", "scheduled_for:timestamp with time zone", "started_at:timestamp with time zone");
        (await catalog.StringsAsync("SELECT data_type FROM information_schema.columns WHERE table_name = 'api_keys' AND column_name = 'contracts'"))
            .Should().Equal("ARRAY");
    }

    [Fact]
    public void PostgreSql_without_a_connection_string_names_the_setting()
    {
        var options = new CatalogOptions { Provider = "postgresql" };
        var build = () => CatalogDbContextOptions.Build(options, "/srv/stats/data");
        build.Should().Throw<InvalidOperationException>().WithMessage("*Catalog:ConnectionString*");
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_known_ones()
    {
        var build = () => CatalogDbContextOptions.Build(new CatalogOptions { Provider = "SqlServer", ConnectionString = "Server=x" }, "data");
        build.Should().Throw<NotSupportedException>().WithMessage("*'SqlServer'*'Sqlite' or 'PostgreSQL'*");
    }
}
