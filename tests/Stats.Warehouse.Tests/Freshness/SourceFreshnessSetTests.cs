using System.Globalization;
using DuckDB.NET.Data;
using Stats.Warehouse.OData;
using Stats.Warehouse.Publish;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Tests.Support;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Tests.Freshness;

/// <summary>
/// The served SourceFreshness set and Indicators.StaleSources, read through the OData translator from a vintage of the
/// <see cref="FreshnessLog"/> published at its AsOf instant (police-victims' delivery of 06-02 is in the file, but after the
/// publication, so it does not count).
/// </summary>
public sealed class SourceFreshnessSetTests
{
    // Selected columns come back in the model's order, which this list follows.
    private const string Columns = "ContractId,OrganisationType,Status,LastLoadedAt,ExpectedEvery,LateAfterDays,LateAt,OverdueAt,Deliveries,RowsRead,RowsLoaded,RowsQuarantined";

    [Fact]
    public async Task Issue_5_SourceFreshness_has_one_row_per_contract_as_of_the_publication()
    {
        await using var vintage = await PublishedAsync();
        var sets = await PublishedSets.ReadAsync(vintage.Snapshot, ODataRole.Public, CancellationToken.None);

        (await RunAsync(vintage.Snapshot, sets, "SourceFreshness", new ODataQuery(null, "ContractId", Columns, null, null, false))).Should().Equal(
            "courts-decisions|COURT|never_delivered|null|P31D|45|null|null|0|0|0|0",
            "legacy-pol|POLICE|no_expectation|2024-01-15T00:00:00Z|null|null|null|null|1|7|6|1",
            "ngo-htcds|NGO|late|2024-05-10T09:00:00Z|P7D|14|2024-05-24T09:00:00Z|2024-06-07T09:00:00Z|1|2|1|1",
            "police-suspects|POLICE|on_time|2024-05-30T09:00:01Z|P1D|2|2024-06-01T09:00:01Z|2024-06-06T09:00:01Z|1|5|4|1",
            "police-victims|POLICE|late|2024-05-30T09:00:00Z|P1D|2|2024-06-01T09:00:00Z|2024-06-06T09:00:00Z|2|7|5|2",
            "socialcare-nrm|SOCIAL|overdue|2024-05-02T09:00:00Z|P7D|10|2024-05-12T09:00:00Z|2024-06-01T09:00:00Z|1|6|5|1");
        (await RunAsync(vintage.Snapshot, sets, "SourceFreshness", new ODataQuery("DaysSinceLastDelivery ge 2", "ContractId", "ContractId,LastLoadedDate,DaysSinceLastDelivery", null, null, false)))
            .Should().Equal("legacy-pol|2024-01-15|138.375", "ngo-htcds|2024-05-10|22", "police-victims|2024-05-30|2", "socialcare-nrm|2024-05-02|30");
        (await CountAsync(vintage.Snapshot, sets, "SourceFreshness", "AsOf eq '2024-06-01T09:00:00Z' and SourceCode eq 'POL'")).Should().Be(3);
        (await CountAsync(vintage.Snapshot, sets, "SourceFreshness", "LastLoadedDate eq null and OverdueAfterDays eq 90")).Should().Be(1);
    }

    [Fact]
    public async Task Issue_5_each_indicator_names_its_stale_sources_next_to_its_figures()
    {
        await using var vintage = await PublishedAsync();
        var sets = await PublishedSets.ReadAsync(vintage.Snapshot, ODataRole.Public, CancellationToken.None);

        // Stale at the publication: courts-decisions (COURT), ngo-htcds (NGO), police-victims (POLICE), socialcare-nrm (SOCIAL).
        (await RunAsync(vintage.Snapshot, sets, "Indicators", new ODataQuery(
                "Id eq 'Q03' or Id eq 'Q01B' or Id eq 'J01' or Id eq 'J03' or Id eq 'J05'", "Id", "Id,Sources,StaleSources", null, null, false)))
            .Should().Equal(
                "J01|POLICE|police-victims",
                "J03|PROSECUTION|null",
                "J05|COURT|courts-decisions",
                "Q01B|POLICE,SOCIAL,NGO|ngo-htcds,police-victims,socialcare-nrm",
                "Q03|POLICE,SOCIAL,NGO,PROSECUTION,COURT|courts-decisions,ngo-htcds,police-victims,socialcare-nrm");
        // Only J03 and J04 are fed by the prosecution alone, and V08 by the identification authority (OTHER_GOV), which
        // have no contract in this warehouse.
        (await RunAsync(vintage.Snapshot, sets, "Indicators", new ODataQuery("StaleSources eq null", "Id", "Id", null, null, false)))
            .Should().Equal("J03", "J04", "V08");
    }

    [Fact]
    public async Task Issue_5_a_vintage_published_before_migration_9_serves_the_same_shape_with_nothing_expected()
    {
        await using var vintage = await PublishedAsync();
        var copy = Path.Combine(vintage.Warehouse.Directory, "pre-0009.duckdb");
        File.Copy(vintage.FilePath, copy);
        await using var old = new DuckDBConnection("DataSource=" + copy);
        await old.OpenAsync();
        await old.ExecuteAsync("DROP TABLE meta_source_expectation", CancellationToken.None);

        var sets = await PublishedSets.ReadAsync(old, ODataRole.Public, CancellationToken.None);
        (await RunAsync(old, sets, "SourceFreshness", new ODataQuery(null, "ContractId", "ContractId,Status,LastLoadedAt,LateAt,Deliveries", null, null, false)))
            .Should().Equal(
                "legacy-pol|no_expectation|2024-01-15T00:00:00Z|null|1",
                "ngo-htcds|no_expectation|2024-05-10T09:00:00Z|null|1",
                "police-suspects|no_expectation|2024-05-30T09:00:01Z|null|1",
                "police-victims|no_expectation|2024-05-30T09:00:00Z|null|2",
                "socialcare-nrm|no_expectation|2024-05-02T09:00:00Z|null|1");
        (await CountAsync(old, sets, "Indicators", "StaleSources ne null")).Should().Be(0);
        (await CountAsync(old, sets, "Indicators", null)).Should().BePositive();
    }

    private static async Task<PublishedVintage> PublishedAsync()
    {
        var wh = await TempWarehouse.CreateAsync();
        await FreshnessLog.FillAsync(wh);
        var result = await new Publisher(wh.Database, new ManualTime(FreshnessLog.AsOf)).PublishAsync(wh.Writer, null, CancellationToken.None);
        result.Published.Should().BeTrue(string.Join("; ", result.Failures.Select(f => f.Test)));
        var snapshot = await new VintageStore(wh.Options).OpenReadOnlyAsync(result.Vintage!, CancellationToken.None);
        return new PublishedVintage(wh, snapshot, result.Vintage!.FilePath);
    }

    private static async Task<List<string>> RunAsync(DuckDBConnection snapshot, IReadOnlyList<FlatEntitySet> sets, string name, ODataQuery query)
    {
        var sql = ODataSqlTranslator.Translate(FlatModel.Build(sets), sets.Single(s => s.Name == name), query, 10_000);
        await using var command = snapshot.CreateCommand(sql.Sql, [.. sql.Parameters]);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            var selected = Enumerable.Range(0, reader.FieldCount).Where(i => !reader.GetName(i).StartsWith(ODataSqlTranslator.KeyColumnPrefix, StringComparison.Ordinal));
            lines.Add(string.Join('|', selected.Select(i => reader.IsDBNull(i)
                ? "null"
                : Text(reader.GetValue(i)))));
        }

        return lines;
    }

    private static string? Text(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static async Task<long> CountAsync(DuckDBConnection snapshot, IReadOnlyList<FlatEntitySet> sets, string name, string? filter)
    {
        var sql = ODataSqlTranslator.TranslateCount(FlatModel.Build(sets), sets.Single(s => s.Name == name), filter);
        await using var command = snapshot.CreateCommand(sql.Sql, [.. sql.Parameters]);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private sealed record PublishedVintage(TempWarehouse Warehouse, DuckDBConnection Snapshot, string FilePath) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Snapshot.DisposeAsync();
            await Warehouse.DisposeAsync();
        }
    }
}
