using System.CommandLine;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Etl.Operations;
using Stats.Host.Cli;
using Stats.Host.Output;

namespace Stats.Host.Commands;

/// <summary>`stats load`: one delivery by hand, printing its outcome.</summary>
internal static class LoadCommand
{
    public static readonly Option<string> Contract = new("--contract") { Description = "Contract id (a file in the contracts folder) or path to a contract file.", Required = true };
    public static readonly Argument<FileInfo> File = new("delivery-file") { Description = "The delivered file." };

    public static Command Create()
    {
        var command = new Command("load", "Check and load one delivery under its source contract; refused deliveries load nothing.")
        {
            Contract, File,
        };
        File.AcceptExistingOnly();
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var console = ConsoleFactory.For(parse);
            var contract = new ContractRepository(env.ContractsDirectory).Get(parse.GetValue(Contract)!);
            var file = parse.GetValue(File)!.FullName;
            await using var session = await WarehouseSession.OpenAsync(env.Warehouse, env.Catalog, env.Time, cancellationToken).ConfigureAwait(false);
            var outcome = await ProgressDisplay.RunAsync(console, $"Loading {Path.GetFileName(file)}",
                progress => session.LoadAsync(contract, file, progress, cancellationToken)).ConfigureAwait(false);
            OutcomeTables.Write(console, [outcome]);
            if (outcome.Status == IntakeStatus.Refused)
            {
                await ConsoleFactory.Error(parse).WriteLineAsync($"refused: {outcome.Message}").ConfigureAwait(false);
                return ExitCodes.Refused;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
