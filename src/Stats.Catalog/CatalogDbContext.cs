using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Configuration;
using Stats.Catalog.Entities;

namespace Stats.Catalog;

/// <summary>
/// The operators' record of what happened: deliveries and their outcomes, quarantine summaries,
/// sources known from contracts, vintages and publish attempts, API keys (hashed), scheduled job runs, HTTP pull validators, chart-pack subscriptions and their deliveries. Schema changes go through migrations.
/// </summary>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<SourceContract> SourceContracts => Set<SourceContract>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<QuarantineSummary> QuarantineSummaries => Set<QuarantineSummary>();
    public DbSet<Vintage> Vintages => Set<Vintage>();
    public DbSet<PublishAttempt> PublishAttempts => Set<PublishAttempt>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<PullState> PullStates => Set<PullState>();
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<PackDelivery> PackDeliveries => Set<PackDelivery>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTextDateTimeOffsetConverter>();
        }
        else if (Database.IsNpgsql())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
