using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Stats.Catalog;
using Stats.Warehouse;

namespace Stats.Host.Cli;

/// <summary>
/// Configuration for one command run, by the usual .NET means: appsettings.json next to the binary,
/// appsettings.{STATS_ENVIRONMENT}.json, environment variables prefixed STATS_ (e.g.
/// STATS_Warehouse__MemoryLimit=4GB), then --data on the command line.
/// </summary>
public sealed class StatsEnvironment
{
    private StatsEnvironment(IConfiguration configuration, WarehouseOptions warehouse, CatalogOptions catalog)
    {
        Configuration = configuration;
        Warehouse = warehouse;
        Catalog = catalog;
    }

    public IConfiguration Configuration { get; }
    public WarehouseOptions Warehouse { get; }
    public CatalogOptions Catalog { get; }
    public TimeProvider Time { get; } = TimeProvider.System;

    public static StatsEnvironment From(ParseResult parse)
    {
        var environmentName = Environment.GetEnvironmentVariable("STATS_ENVIRONMENT") ?? "Production";
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environmentName}.json", optional: true)
            .AddEnvironmentVariables("STATS_")
            .Build();

        var warehouse = new WarehouseOptions();
        configuration.GetSection(WarehouseOptions.Section).Bind(warehouse);
        if (parse.GetValue(GlobalOptions.Data) is { Length: > 0 } data)
        {
            warehouse.DataDirectory = data;
        }

        var catalog = new CatalogOptions();
        configuration.GetSection(CatalogOptions.Section).Bind(catalog);
        return new StatsEnvironment(configuration, warehouse, catalog);
    }

    /// <summary>Folder holding the source contracts: configuration Intake:ContractsDirectory, else the copy next to the binary.</summary>
    public string ContractsDirectory =>
        Path.GetFullPath(Configuration["Intake:ContractsDirectory"] ?? Path.Combine(AppContext.BaseDirectory, "contracts"));
}
