using System.CommandLine;

namespace Stats.Host.Commands;

/// <summary>Options of the commands that read published vintages.</summary>
internal static class ReadOptions
{
    public static readonly Option<int?> Vintage = new("--vintage")
    {
        Description = "Vintage id to read (see `stats vintages`). Default: the current vintage.",
    };

    public static readonly Option<string> Role = new("--role")
    {
        Description = "public (protected values: suppressed cells shown ':' with flag c) or analyst (unprotected values). " +
                      "analyst is allowed here because the command-line user is the operator on the warehouse machine.",
        DefaultValueFactory = _ => "public",
    };
}
