using System.Globalization;
using DuckDB.NET.Data;
using Stats.Warehouse.Publish;
using Stats.Warehouse.Tests.Support;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Tests.Estimation;

/// <summary>
/// A working warehouse whose overlap tables are known by construction: every person is registered once by each agency
/// of their combination (dates spread over the year, any status).
/// <code>
/// 2024  NGO1 10, NRM 8, POL 6, NGO1+NRM 4, NGO1+POL 3, NRM+POL 2, NGO1+NRM+POL 1  → 34 persons;
///       list sizes NGO1 18 (10+4+3+1), NRM 15 (8+4+2+1), POL 12 (6+3+2+1)
/// 2023  NRM 1, POL 1, NRM+POL 1 → 3 persons on two lists: multiple systems estimation refuses (too_few_lists)
/// </code>
/// Published 2025-06-02, so 2024 is no longer provisional (its end + 90 days is 2025-03-31).
/// </summary>
internal sealed class EstimateWarehouse : IAsyncDisposable
{
    public static readonly DateTimeOffset PublishedAt = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);
    public const long Observed2024 = 34;
    public static readonly long[] ListSizes2024 = [18, 15, 12];

    /// <summary>The overlap tables above, as (lists, persons, year).</summary>
    public static readonly (string[] Lists, int Persons, int Year)[] Combinations =
    [
        (["NGO1"], 10, 2024), (["NRM"], 8, 2024), (["POL"], 6, 2024), (["NGO1", "NRM"], 4, 2024), (["NGO1", "POL"], 3, 2024),
        (["NRM", "POL"], 2, 2024), (["NGO1", "NRM", "POL"], 1, 2024),
        (["NRM"], 1, 2023), (["POL"], 1, 2023), (["NRM", "POL"], 1, 2023),
    ];

    private EstimateWarehouse(TempWarehouse warehouse) => Warehouse = warehouse;

    public TempWarehouse Warehouse { get; }

    public WarehouseOptions Options => Warehouse.Options;

    /// <param name="combinations">Other overlap tables than <see cref="Combinations"/>, built the same way.</param>
    public static async Task<EstimateWarehouse> CreateAsync((string[] Lists, int Persons, int Year)[]? combinations = null)
    {
        var warehouse = await TempWarehouse.CreateAsync();
        warehouse.Options.DisclosureK = 5;
        var s = warehouse.Staging;
        await s.OrganisationAsync("POL", "POLICE");
        await s.OrganisationAsync("NRM", "SOCIAL");
        await s.OrganisationAsync("NGO1", "NGO");
        var batches = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["NGO1"] = await s.BatchAsync("NGO1"), ["NRM"] = await s.BatchAsync("NRM"), ["POL"] = await s.BatchAsync("POL"),
        };
        var person = 0;
        foreach (var (lists, persons, year) in combinations ?? Combinations)
        {
            for (var i = 0; i < persons; i++)
            {
                person++;
                var id = string.Create(CultureInfo.InvariantCulture, $"E{person:000}");
                var date = new DateOnly(year, 1 + (person % 12), 1 + (person % 28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                foreach (var list in lists)
                {
                    await s.VictimAsync(batches[list], list, id, date, "PRES", person % 2 == 0 ? "F" : "M", 30, "RO");
                }
            }
        }

        return new EstimateWarehouse(warehouse);
    }

    /// <summary>Estimates with the given model instead of selecting one (criterion fixed; "" is the independence model).</summary>
    public void FixModel(string model)
    {
        Options.Estimation.Criterion = "fixed";
        Options.Estimation.Model = model;
    }

    public async Task<PublishResult> PublishAsync()
    {
        var result = await new Publisher(Warehouse.Database, new ManualTime(PublishedAt)).PublishAsync(Warehouse.Writer, null, CancellationToken.None);
        result.Published.Should().BeTrue(string.Join("; ", result.Failures.Select(f => f.ToString())));
        return result;
    }

    public Task<DuckDBConnection> OpenCurrentAsync()
    {
        var store = new VintageStore(Options);
        return store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None);
    }

    public ValueTask DisposeAsync() => Warehouse.DisposeAsync();
}
