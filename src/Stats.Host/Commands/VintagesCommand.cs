using System.CommandLine;
using Stats.Host.Cli;
using Stats.Host.Output;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Host.Commands;

/// <summary>`stats vintages`: the published vintages; `stats vintages diff 1 2`: what changed between two of them.</summary>
internal static class VintagesCommand
{
    public static readonly Argument<int> From = new("from") { Description = "The older vintage id." };
    public static readonly Argument<int> To = new("to") { Description = "The newer vintage id." };
    public static readonly Option<string?> Indicator = new("--indicator") { Description = "Only this indicator's cells (e.g. V04)." };

    public static Command Create()
    {
        var command = new Command("vintages", "List the published vintages (id, publication time, which one is current).");
        command.SetRun((parse, env, _) =>
        {
            var store = new VintageStore(env.Warehouse);
            VintageTables.WriteList(ConsoleFactory.For(parse), store.List(), store.Current()?.Id);
            return Task.FromResult(ExitCodes.Ok);
        });
        command.Subcommands.Add(CreateDiff());
        return command;
    }

    private static Command CreateDiff()
    {
        var command = new Command("diff",
            "Print the indicator cells whose value differs between two vintages (indicator, cell, old, new, kind) and their count. " +
            "public compares published values only, so a diff never reveals a suppressed cell; analyst compares unprotected values.")
        {
            From, To, Indicator, ReadOptions.Role,
        };
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var role = Roles.Parse(parse.GetValue(ReadOptions.Role));
            var store = new VintageStore(env.Warehouse);
            var from = VintageSelection.Resolve(store, parse.GetValue(From));
            var to = VintageSelection.Resolve(store, parse.GetValue(To));
            var indicator = parse.GetValue(Indicator)?.Trim();
            IReadOnlyList<SnapshotIndicator> catalogue;
            await using (var snapshot = await store.OpenReadOnlyAsync(to, cancellationToken).ConfigureAwait(false))
            {
                await SnapshotChecks.RequireIndicatorsAsync(snapshot, to, cancellationToken).ConfigureAwait(false);
                if (indicator is { Length: > 0 })
                {
                    // Names the ids the vintage holds when the id is unknown.
                    await SnapshotCatalogue.IndicatorAsync(snapshot, indicator, cancellationToken).ConfigureAwait(false);
                }

                catalogue = await SnapshotCatalogue.IndicatorsAsync(snapshot, cancellationToken).ConfigureAwait(false);
            }

            var changes = await new VintageDiff(new SqlFiles(env.Warehouse.SqlPath))
                .CompareAsync(from, to, role, indicator is { Length: > 0 } ? indicator : null, cancellationToken).ConfigureAwait(false);
            var units = catalogue.ToDictionary(i => i.Id, i => i.Unit, StringComparer.Ordinal);
            VintageTables.WriteDiff(ConsoleFactory.For(parse), from, to, role, changes, units);
            return ExitCodes.Ok;
        });
        return command;
    }
}
