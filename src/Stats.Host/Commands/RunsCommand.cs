using System.CommandLine;
using Stats.Catalog;
using Stats.Catalog.Jobs;
using Stats.Host.Cli;
using Stats.Host.Output;

namespace Stats.Host.Commands;

/// <summary>`stats runs`: the scheduler's run history from the catalog, newest first.</summary>
internal static class RunsCommand
{
    private static readonly Option<string?> Job = new("--job") { Description = "Only this job (e.g. pull:police-victims, publish, retention)." };
    private static readonly Option<int> Limit = new("--limit") { Description = "How many runs to show (1–1000).", DefaultValueFactory = _ => 30 };

    public static Command Create()
    {
        var command = new Command("runs", "Show the run history of the scheduled jobs: trigger, start, end, outcome, counts and error.") { Job, Limit };
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var limit = parse.GetValue(Limit);
            if (limit is < 1 or > 1000)
            {
                throw new CommandInputException($"--limit must be between 1 and 1000, not {limit}.");
            }

            await using var db = await CatalogDatabase.OpenAsync(env.Catalog, env.Warehouse.DataDirectory, cancellationToken).ConfigureAwait(false);
            var runs = await new JobRunQueries(db).RecentAsync(limit, parse.GetValue(Job), cancellationToken).ConfigureAwait(false);
            RunTables.Write(ConsoleFactory.For(parse), runs);
            return ExitCodes.Ok;
        });
        return command;
    }
}
