using System.CommandLine;
using Stats.Etl.Contracts;
using Stats.Etl.Operations;
using Stats.Host.Cli;
using Stats.Host.Output;

namespace Stats.Host.Commands;

/// <summary>`stats publish`: build the model, run the data tests, switch to a new vintage if they pass.</summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var command = new Command("publish", "Rebuild the model, run the data tests and, only if all pass, publish a new vintage atomically.");
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var console = ConsoleFactory.For(parse);
            await using var session = await WarehouseSession.OpenAsync(env.Warehouse, env.Catalog, env.Time, cancellationToken).ConfigureAwait(false);
            var expectations = ContractExpectations.From(new ContractRepository(env.ContractsDirectory).All());
            var result = await PublishDisplay.RunAsync(console, session, expectations, cancellationToken).ConfigureAwait(false);
            if (!result.Published)
            {
                await ConsoleFactory.Error(parse).WriteLineAsync($"error: {PublishMessages.Describe(result)}").ConfigureAwait(false);
                return ExitCodes.NotPublished;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
