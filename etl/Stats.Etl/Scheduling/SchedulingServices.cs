using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Stats.Etl.Channels;
using Stats.Etl.Contracts;
using Stats.Etl.Packs;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Composition of the scheduler: the work classes, the Quartz scheduler on its persistent store (SQLite under the data folder
/// by default, PostgreSQL in production, clustered when asked), the writer execution group limited to one, the retry policy,
/// the run history listener, and the hosted services that start it and watch the inboxes.
/// </summary>
public static class SchedulingServices
{
    public static IServiceCollection AddStatsWork(this IServiceCollection services, SchedulingSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        services.AddSingleton(setup.Warehouse);
        services.AddSingleton(setup.Catalog);
        services.AddSingleton(setup.Scheduler);
        services.AddSingleton(setup.Intake);
        services.AddSingleton(setup.Pack);
        services.AddSingleton(setup.Exports);
        services.AddSingleton(setup.Time);
        services.AddSingleton(new ContractRepository(setup.ContractsDirectory));
        services.AddSingleton(new CatalogContexts(setup.Catalog, setup.Warehouse.DataPath));
        services.AddSingleton(sp => new Inboxes(setup.Intake.InboxPath(setup.Warehouse.DataPath), setup.Intake, setup.Time));
        services.AddSingleton<WarehouseWriter>();
        services.AddSingleton(new PullEndpoints(setup.Configuration));
        services.AddSingleton(sp => new HttpDeliveryPuller(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }), setup.Time));
        services.AddSingleton<RunHistory>();
        services.AddSingleton<PublishRequests>();
        services.AddSingleton<PullWork>();
        services.AddSingleton<PublishWork>();
        services.AddSingleton<RetentionWork>();
        services.AddSingleton<PackWork>();
        services.AddSingleton<ExportWork>();
        services.AddSingleton<ExportRefreshRequests>();
        services.AddSingleton<ManualRuns>();
        return services;
    }

    public static IServiceCollection AddStatsScheduler(this IServiceCollection services, SchedulingSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        services.AddStatsWork(setup);
        services.AddSingleton<JobRunListener>();
        services.AddSingleton<ScheduleSync>();
        services.AddQuartz(q => Configure(q, setup));
        services.AddHostedService<SchedulerService>();
        services.AddSingleton<InboxWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxWatcher>());
        return services;
    }

    /// <summary>The scheduler's configuration; `stats run` uses it too, as a client that stores a trigger without starting.</summary>
    public static void Configure(IQuartzBuilder q, SchedulingSetup setup)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(setup);
        var options = setup.Scheduler;
        var connection = options.Resolve(setup.Warehouse.DataPath);
        q.UseTimeProvider(setup.Time);
        q.ConfigureScheduler(s =>
        {
            s.InstanceName = "stats";
            s.IdleWaitTime = options.IdleWait;
            if (options.Clustered)
            {
                s.InstanceId = options.InstanceId ?? "AUTO";
                s.GenerateInstanceId = options.InstanceId is null;
            }
        });
        q.UsePersistentStore(store =>
        {
            if (options.IsPostgres)
            {
                store.UsePostgres(connection);
            }
            else
            {
                Directory.CreateDirectory(setup.Warehouse.DataPath);
                store.UseSqlite(connection);
            }

            store.ProvisionSchema();
            store.ConfigureStore(o => o.MisfireThreshold = options.MisfireThreshold);
            if (options.Clustered)
            {
                store.UseClustering();
            }
        });
        q.UseExecutionLimits(limits => limits.ForGroup(
            JobNames.WarehouseGroup, 1, options.Clustered ? ExecutionLimitScope.Cluster : ExecutionLimitScope.Node));
        q.UseDefaultRetryPolicy(options.Retry.ToPolicy());
        q.AddJobListener<JobRunListener>(sp => sp.GetRequiredService<JobRunListener>(), []);
    }
}
