using System.CommandLine;

namespace Stats.Host.Cli;

/// <summary>Options every command accepts.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data folder (warehouse, vintages, catalog). Default: Warehouse:DataDirectory from configuration, else ./data.",
        Recursive = true,
    };
}
