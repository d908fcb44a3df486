using Stats.Warehouse.Indicators;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.IndicatorBuild;

/// <summary>Builds the hand-counted victim and justice fixtures, the model and every indicator of the shipped catalogue.</summary>
internal static class BuiltCube
{
    public static async Task<TempWarehouse> CreateAsync(DateTimeOffset now, int k = 5, Func<TempWarehouse, Task>? beforeBuild = null)
    {
        var wh = await TempWarehouse.CreateAsync();
        wh.Options.DisclosureK = k;
        await Fixtures.VictimsAsync(wh.Staging);
        await Fixtures.JusticeAsync(wh.Staging);
        await wh.BuildAsync();
        if (beforeBuild is not null)
        {
            await beforeBuild(wh);
        }

        await new IndicatorBuilder(wh.Database, new ManualTime(now)).BuildAsync(wh.Writer, null, null, CancellationToken.None);
        return wh;
    }
}
