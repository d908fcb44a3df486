using System.CommandLine;
using Stats.Etl.Operations;
using Stats.Host.Cli;
using Stats.Host.Output;
using Stats.Warehouse.Reports;

namespace Stats.Host.Commands;

/// <summary>
/// `stats findings`: the consistency findings of aggregate returns (margins, quarters vs. year, revisions, negative
/// counts), from the working database, so that the operator sees them right after a load and before a publish.
/// </summary>
internal static class FindingsCommand
{
    private static readonly Option<string?> Contract = new("--contract") { Description = "Only findings of this contract id." };
    private static readonly Option<long?> Batch = new("--batch") { Description = "Only findings of this load batch." };
    private static readonly Option<bool> All = new("--all") { Description = "Also findings of deliveries since replaced by a later delivery for the same year." };

    public static Command Create()
    {
        var command = new Command("findings", "Show the consistency findings of loaded aggregate returns (by default those of the deliveries in force).")
        {
            Contract, Batch, All,
        };
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var batch = parse.GetValue(Batch);
            if (batch is < 1)
            {
                throw new CommandInputException($"--batch must be a load batch number (1 or more), not {batch}.");
            }

            await using var session = await WarehouseSession.OpenAsync(env.Warehouse, env.Catalog, env.Time, cancellationToken).ConfigureAwait(false);
            var rows = await AggregateFindings.ReadAsync(
                session.Writer, session.Database.Sql, parse.GetValue(Contract), batch, !parse.GetValue(All) && batch is null, cancellationToken).ConfigureAwait(false);
            FindingTables.Write(ConsoleFactory.For(parse), rows);
            return ExitCodes.Ok;
        });
        return command;
    }
}
