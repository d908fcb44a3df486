using Stats.Warehouse.Exports;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Tests.Support;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Tests.Estimation;

/// <summary>
/// One published vintage of <see cref="EstimateWarehouse"/> shared by a test class: the independence model (criterion
/// fixed, model ""), profile interval, and k = 50 so that V01's totals (34 persons in 2024, 3 in 2023) are suppressed.
/// Expected, worked out by <see cref="IndependenceModel"/>: 2024 N = 55.21 → 55, interval 39.68 … 85.99 → 39 … 86; 2023 refused.
/// </summary>
public sealed class EstimateVintage : IAsyncLifetime
{
    private EstimateWarehouse? warehouse;

    internal EstimateWarehouse Warehouse => warehouse!;

    public VintageInfo Vintage { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        warehouse = await EstimateWarehouse.CreateAsync();
        warehouse.Options.DisclosureK = 50;
        warehouse.FixModel("");
        Vintage = (await warehouse.PublishAsync()).Vintage!;
    }

    /// <summary>Exports <paramref name="format"/> for the role into a fresh folder under the warehouse's data folder.</summary>
    public async Task<string> ExportAsync(string format, IndicatorRole role, params string[] indicators)
    {
        var folder = Path.Combine(Warehouse.Options.DataPath, "test-exports", format + "-" + role + "-" + Guid.NewGuid().ToString("N"));
        await new Exporter(Warehouse.Options, new ManualTime(EstimateWarehouse.PublishedAt)).ExportAsync(
            new ExportRequest(format, indicators, [], role), Vintage, folder, CancellationToken.None);
        return folder;
    }

    public async Task DisposeAsync()
    {
        if (warehouse is not null)
        {
            await warehouse.DisposeAsync();
        }
    }
}
