using System.CommandLine;
using Stats.Host.Cli;
using Stats.Host.Output;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Vintages;

namespace Stats.Host.Commands;

/// <summary>`stats indicator V04 --by sex,quarter`: one cube of a published vintage as a table.</summary>
internal static class IndicatorCommand
{
    public static readonly Argument<string> Id = new("id") { Description = "Indicator id, e.g. V04 (see `stats indicators`)." };

    public static readonly Option<string> By = new("--by")
    {
        Description = "Comma-separated breakdowns the indicator allows (e.g. sex,age_group) plus at most one of year, quarter, month; " +
                      "year alone gives the total per year.",
        DefaultValueFactory = _ => "year",
    };

    public static Command Create()
    {
        var command = new Command("indicator",
            "Print one indicator from a published vintage: one row per period and code, values formatted by unit, suppressed cells as ':' " +
            "with flag c, flags (b break, c confidential, e estimated, p provisional, r revised) and the indicator's notes.")
        {
            Id, By, ReadOptions.Vintage, ReadOptions.Role,
        };
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var console = ConsoleFactory.For(parse);
            var role = Roles.Parse(parse.GetValue(ReadOptions.Role));
            var store = new VintageStore(env.Warehouse);
            var vintage = VintageSelection.Resolve(store, parse.GetValue(ReadOptions.Vintage));
            await using var snapshot = await store.OpenReadOnlyAsync(vintage, cancellationToken).ConfigureAwait(false);
            var by = (parse.GetValue(By) ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var result = await IndicatorReader.ReadAsync(snapshot, new IndicatorRequest(parse.GetValue(Id)!.Trim(), by, role), cancellationToken)
                .ConfigureAwait(false);
            IndicatorTables.Write(console, result);
            return ExitCodes.Ok;
        });
        return command;
    }
}
