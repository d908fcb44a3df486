using System.CommandLine;
using Stats.Host.Commands;

namespace Stats.Host.Cli;

/// <summary>The `stats` command: one sub-command per task, each with --help.</summary>
public static class StatsCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("THB statistics warehouse: intake of anonymised agency deliveries, linkage, indicators, publishing.");
        root.Options.Add(GlobalOptions.Data);
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(PseudonymiseCommand.Create());
        root.Subcommands.Add(LoadCommand.Create());
        root.Subcommands.Add(FindingsCommand.Create());
        root.Subcommands.Add(EstimateCommand.Create());
        root.Subcommands.Add(PublishCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(IndicatorsCommand.Create());
        root.Subcommands.Add(IndicatorCommand.Create());
        root.Subcommands.Add(VintagesCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(SubscriptionsCommand.Create());
        root.Subcommands.Add(RunsCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(PackCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var configuration = new InvocationConfiguration();
        if (output is not null)
        {
            configuration.Output = output;
        }

        if (error is not null)
        {
            configuration.Error = error;
        }

        return await Build().Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
    }
}
