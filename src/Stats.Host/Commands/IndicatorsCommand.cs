using System.CommandLine;
using System.Globalization;
using Stats.Host.Cli;
using Stats.Host.Output;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Host.Commands;

/// <summary>`stats indicators`: the indicator catalogue, as a vintage published it (or from sql/indicators before the first publish).</summary>
internal static class IndicatorsCommand
{
    public static Command Create()
    {
        var command = new Command("indicators",
            "List the indicator catalogue: id, title, unit, allowed breakdowns, sources, disclosure rule, references. Reads the current " +
            "vintage (or --vintage N); before the first publish, reads the definition files in sql/indicators.")
        {
            ReadOptions.Vintage,
        };
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var console = ConsoleFactory.For(parse);
            var store = new VintageStore(env.Warehouse);
            var requested = parse.GetValue(ReadOptions.Vintage);
            if (requested is null && store.Current() is null)
            {
                var catalogue = IndicatorCatalogueFiles.Load(new SqlFiles(env.Warehouse.SqlPath));
                CatalogueTables.Write(console, $"Indicator catalogue from {Path.Combine(env.Warehouse.SqlPath, IndicatorCatalogueFiles.Folder)} (no vintage published yet)",
                    catalogue.Indicators.Select(i => CatalogueEntry.From(i, env.Warehouse.DisclosureK)).ToList());
                return ExitCodes.Ok;
            }

            var vintage = VintageSelection.Resolve(store, requested);
            await using var snapshot = await store.OpenReadOnlyAsync(vintage, cancellationToken).ConfigureAwait(false);
            await SnapshotChecks.RequireIndicatorsAsync(snapshot, vintage, cancellationToken).ConfigureAwait(false);
            var indicators = await SnapshotCatalogue.IndicatorsAsync(snapshot, cancellationToken).ConfigureAwait(false);
            CatalogueTables.Write(console,
                string.Create(CultureInfo.InvariantCulture, $"Indicator catalogue of vintage {vintage.Id} (published {vintage.PublishedAt:yyyy-MM-dd HH:mm:ss}Z)"),
                indicators.Select(CatalogueEntry.From).ToList());
            return ExitCodes.Ok;
        });
        return command;
    }
}
