using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Stats.Api.Intake;
using Stats.Api.Operations;
using Stats.Etl.Contracts;
using Stats.Etl.Scheduling;
using Stats.Warehouse;

namespace Stats.Host.Serving;

/// <summary>What `stats serve` adds to the feed: the scheduler and the host's implementations of the API's operations.</summary>
internal static class ServeComposition
{
    public static void Add(IServiceCollection services, SchedulingSetup setup, bool scheduling)
    {
        if (!scheduling)
        {
            services.AddStatsWork(setup);
            services.AddStatsOperations(health: sp => Health(sp, withScheduler: false));
            return;
        }

        services.AddStatsScheduler(setup);
        services.AddStatsIntake(
            sp => new InboxUploads(sp.GetRequiredService<ContractRepository>(), sp.GetRequiredService<Inboxes>(), sp.GetRequiredService<ISchedulerFactory>(), setup.Time),
            setup.Configuration.ReadUploadOptions());
        services.AddStatsOperations(
            health: sp => Health(sp, withScheduler: true),
            runs: sp => new CatalogRunReader(sp.GetRequiredService<CatalogContexts>()),
            jobs: sp => new QuartzJobTrigger(sp.GetRequiredService<ISchedulerFactory>(), sp.GetRequiredService<ContractRepository>(), sp.GetRequiredService<JobRunListener>()));
    }

    private static StatsHealth Health(IServiceProvider sp, bool withScheduler) => new(
        withScheduler ? sp.GetRequiredService<ISchedulerFactory>() : null,
        withScheduler ? sp.GetRequiredService<JobRunListener>() : null,
        sp.GetRequiredService<ContractRepository>(),
        sp.GetRequiredService<CatalogContexts>(),
        sp.GetRequiredService<WarehouseOptions>(),
        sp.GetRequiredService<TimeProvider>());
}
