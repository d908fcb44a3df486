using Microsoft.Extensions.Configuration;
using Stats.Catalog;
using Stats.Charts.Packs;
using Stats.Warehouse;

namespace Stats.Etl.Scheduling;

/// <summary>Everything the scheduler is composed from: the process's options, its configuration (for pull endpoints) and its clock.</summary>
public sealed record SchedulingSetup(
    WarehouseOptions Warehouse,
    CatalogOptions Catalog,
    SchedulerOptions Scheduler,
    IntakeOptions Intake,
    PackOptions Pack,
    string ContractsDirectory,
    IConfiguration Configuration,
    TimeProvider Time)
{
    /// <summary>The export-refresh job's options (section Exports); an init property so that existing constructions keep compiling.</summary>
    public ExportRefreshOptions Exports { get; init; } = new();

    /// <summary>Binds the Scheduler, Intake, Pack and Exports sections of the configuration.</summary>
    public static SchedulingSetup From(WarehouseOptions warehouse, CatalogOptions catalog, string contractsDirectory, IConfiguration configuration, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var scheduler = new SchedulerOptions();
        configuration.GetSection(SchedulerOptions.Section).Bind(scheduler);
        var intake = new IntakeOptions();
        configuration.GetSection(IntakeOptions.Section).Bind(intake);
        var pack = new PackOptions();
        configuration.GetSection(PackOptions.Section).Bind(pack);
        var exports = new ExportRefreshOptions();
        configuration.GetSection(ExportRefreshOptions.Section).Bind(exports);
        return new SchedulingSetup(warehouse, catalog, scheduler, intake, pack, contractsDirectory, configuration, time) { Exports = exports };
    }
}
