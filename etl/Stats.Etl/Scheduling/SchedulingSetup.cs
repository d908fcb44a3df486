using Microsoft.Extensions.Configuration;
using Stats.Catalog;
using Stats.Warehouse;

namespace Stats.Etl.Scheduling;

/// <summary>Everything the scheduler is composed from: the process's options, its configuration (for pull endpoints) and its clock.</summary>
public sealed record SchedulingSetup(
    WarehouseOptions Warehouse,
    CatalogOptions Catalog,
    SchedulerOptions Scheduler,
    IntakeOptions Intake,
    string ContractsDirectory,
    IConfiguration Configuration,
    TimeProvider Time)
{
    /// <summary>Binds the Scheduler and Intake sections of the configuration.</summary>
    public static SchedulingSetup From(WarehouseOptions warehouse, CatalogOptions catalog, string contractsDirectory, IConfiguration configuration, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var scheduler = new SchedulerOptions();
        configuration.GetSection(SchedulerOptions.Section).Bind(scheduler);
        var intake = new IntakeOptions();
        configuration.GetSection(IntakeOptions.Section).Bind(intake);
        return new SchedulingSetup(warehouse, catalog, scheduler, intake, contractsDirectory, configuration, time);
    }
}
