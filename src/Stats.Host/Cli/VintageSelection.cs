using System.Globalization;
using Stats.Warehouse.Vintages;

namespace Stats.Host.Cli;

/// <summary>Which published vintage a read command uses: the one given by --vintage, else the current one.</summary>
internal static class VintageSelection
{
    public const string NoVintageYet = "No vintage is published yet: run `stats publish` (or `stats demo`) first.";

    public static VintageInfo Resolve(VintageStore store, int? id)
    {
        if (id is null)
        {
            return store.Current() ?? throw new CommandInputException(NoVintageYet);
        }

        var all = store.List();
        return all.FirstOrDefault(v => v.Id == id) ?? throw new CommandInputException(Missing(id.Value, all));
    }

    public static string Missing(int id, IReadOnlyList<VintageInfo> existing) => existing.Count == 0
        ? string.Create(CultureInfo.InvariantCulture, $"Vintage {id} does not exist: no vintage is published yet.")
        : string.Create(CultureInfo.InvariantCulture, $"Vintage {id} does not exist. Published vintages: {string.Join(", ", existing.Select(v => v.Id))}.");
}
