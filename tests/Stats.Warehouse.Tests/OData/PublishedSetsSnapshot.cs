using DuckDB.NET.Data;
using Stats.Warehouse.Freshness;
using Stats.Warehouse.OData;
using Stats.Warehouse.Publish;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Tests.Support;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Tests.OData;

/// <summary>
/// One published vintage of the hand-counted fixture (<see cref="Fixtures.VictimsAsync"/>, <see cref="Fixtures.JusticeAsync"/>,
/// k = 5, published 2024-06-01 09:00 UTC) plus one empty second NRM delivery and the timeliness <see cref="Expectations"/>,
/// opened read-only, shared by the tests of a class.
/// </summary>
public sealed class PublishedSetsSnapshot : IAsyncLifetime
{
    public static readonly DateTimeOffset PublishedAt = new(2024, 6, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Timeliness of two of the fixture's contracts (contract id = source code) and of one that never delivered.</summary>
    public static readonly SourceExpectation[] Expectations =
    [
        new("POL", "POL", "POLICE", TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(7)),
        new("NRM", "NRM", "SOCIAL", TimeSpan.FromDays(30), TimeSpan.FromDays(180), TimeSpan.FromDays(365)),
        new("border-guard", "BRD", "BORDER", TimeSpan.FromDays(7), TimeSpan.FromDays(14), TimeSpan.FromDays(28)),
    ];

    private TempWarehouse? warehouse;

    public DuckDBConnection Snapshot { get; private set; } = null!;

    public string FilePath { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        warehouse = await TempWarehouse.CreateAsync();
        warehouse.Options.DisclosureK = 5;
        await Fixtures.VictimsAsync(warehouse.Staging);
        await Fixtures.JusticeAsync(warehouse.Staging);
        await warehouse.Staging.BatchAsync("NRM");
        await SourceExpectations.SyncAsync(warehouse.Writer, Expectations, CancellationToken.None);
        var result = await new Publisher(warehouse.Database, new ManualTime(PublishedAt)).PublishAsync(warehouse.Writer, null, CancellationToken.None);
        result.Published.Should().BeTrue(string.Join("; ", result.Failures.Select(f => f.Test)));
        var store = new VintageStore(warehouse.Options);
        FilePath = store.Current()!.FilePath;
        Snapshot = await store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (Snapshot is not null)
        {
            await Snapshot.DisposeAsync();
        }

        if (warehouse is not null)
        {
            await warehouse.DisposeAsync();
        }
    }

    public Task<IReadOnlyList<FlatEntitySet>> SetsAsync(ODataRole role) => PublishedSets.ReadAsync(Snapshot, role, CancellationToken.None);

    /// <summary>Translates one query with the model built from <paramref name="sets"/> and returns its rows as "a|b|c" lines.</summary>
    public async Task<List<string>> RunAsync(IReadOnlyList<FlatEntitySet> sets, string name, ODataQuery query)
    {
        var model = FlatModel.Build(sets);
        var sql = ODataSqlTranslator.Translate(model, sets.Single(s => s.Name == name), query, 10_000);
        await using var command = Snapshot.CreateCommand(sql.Sql, [.. sql.Parameters]);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            var selected = Enumerable.Range(0, reader.FieldCount).Where(i => !reader.GetName(i).StartsWith(ODataSqlTranslator.KeyColumnPrefix, StringComparison.Ordinal));
            lines.Add(string.Join('|', selected.Select(i => reader.IsDBNull(i)
                ? "null"
                : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return lines;
    }

    public async Task<long> CountAsync(IReadOnlyList<FlatEntitySet> sets, string name, string? filter)
    {
        var sql = ODataSqlTranslator.TranslateCount(FlatModel.Build(sets), sets.Single(s => s.Name == name), filter);
        await using var command = Snapshot.CreateCommand(sql.Sql, [.. sql.Parameters]);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
