using Stats.Warehouse.Indicators;
using Stats.Warehouse.Publish;
using Stats.Warehouse.Tests.Support;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Tests.IndicatorBuild;

/// <summary>
/// Reading cubes from published vintages and comparing vintages, on the hand-counted fixture
/// (<see cref="Fixtures.VictimsAsync"/>: registered victims 2023 F 3, M 2, total 5).
/// </summary>
public sealed class ReaderAndDiffTests
{
    private static readonly DateTimeOffset T0 = new(2024, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Reads_a_cube_by_role_with_labels_totals_first_and_flags()
    {
        await using var wh = await PublishedAsync(k: 3);
        await using var snapshot = await OpenCurrentAsync(wh);

        var analyst = await IndicatorReader.ReadAsync(snapshot, new IndicatorRequest("V04", ["sex", "year"], IndicatorRole.Analyst), CancellationToken.None);
        analyst.Frequency.Should().Be("A");
        analyst.Breakdowns.Select(b => b.Id).Should().Equal("sex");
        analyst.Rows.Where(r => r.TimePeriod == "2023").Select(r => $"{r.Codes[0]} {r.Labels[0]} {r.Value}")
            .Should().Equal("_T Total 5", "F Female 3", "M Male 2", "X Other 0", "UNK Unknown 0");

        // k = 3: M (2) is primary; in the relation total = F + M + X + UNK one more cell must go, and the cheapest
        // published one is a zero (X or UNK) — whatever the choice, public readers never see M.
        var published = await IndicatorReader.ReadAsync(snapshot, new IndicatorRequest("V04", ["sex"], IndicatorRole.Public), CancellationToken.None);
        var male = published.Rows.Single(r => r.TimePeriod == "2023" && r.Codes[0] == "M");
        male.Value.Should().BeNull();
        male.Flags.Should().Contain("c");
        male.ConfStatus.Should().Be("C");
        published.Rows.Where(r => r.TimePeriod == "2023" && r.ConfStatus != "F").Should().HaveCountGreaterThanOrEqualTo(2);
    }

    [Theory]
    [InlineData("V99", "sex", "Unknown indicator 'V99'. The catalogue holds: A01*")]
    [InlineData("V04", "colour", "V04 does not allow the breakdown 'colour'. Allowed: sex, age_group*")]
    [InlineData("V04", "region,month", "V04 is not published by region per month. Published per month: total.")]
    [InlineData("V04", "year,month", "Give at most one of year, quarter, month.")]
    public async Task Requests_the_catalogue_cannot_answer_get_a_clear_message(string id, string by, string message)
    {
        await using var wh = await PublishedAsync(k: 5);
        await using var snapshot = await OpenCurrentAsync(wh);
        var read = () => IndicatorReader.ReadAsync(snapshot, new IndicatorRequest(id, by.Split(','), IndicatorRole.Public), CancellationToken.None);
        (await read.Should().ThrowAsync<IndicatorRequestException>()).WithMessage(message);
    }

    [Fact]
    public async Task A_corrected_delivery_flags_exactly_the_changed_cells_as_revised_and_the_diff_lists_them()
    {
        await using var wh = await PublishedAsync(k: 5);
        var store = new VintageStore(wh.Options);

        // Correction: P7, a new presumed victim (F, 2023-03-20), and P6 (referred) now identified on 2023-10-05.
        var batch = await wh.Staging.BatchAsync("NRM");
        await wh.Staging.VictimAsync(batch, "NRM", "P7", "2023-03-20", "PRES", "F", 29, "RO", "AT130", "SEX");
        await wh.Staging.VictimAsync(batch, "NRM", "P6", "2023-10-05", "IDENT", "M", 22, "AT", forms: "CRIM");
        var second = await new Publisher(wh.Database, new ManualTime(T0.AddDays(1))).PublishAsync(wh.Writer, null, CancellationToken.None);
        second.Published.Should().BeTrue();

        await using var snapshot = await store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None);
        // Independently of the flags: cells whose analyst value differs between the two snapshots.
        await using (var command = snapshot.CreateCommand())
        {
            command.CommandText = $"ATTACH '{store.List()[0].FilePath}' AS v1 (READ_ONLY)";
            await command.ExecuteNonQueryAsync();
        }

        var changed = await Query.LinesAsync(snapshot,
            """
            SELECT n.indicator_id || ' ' || n.cell_key FROM ind_cell n JOIN v1.ind_cell o USING (indicator_id, cell_key)
            WHERE o.raw_value IS DISTINCT FROM n.raw_value ORDER BY 1
            """);
        var flagged = await Query.LinesAsync(snapshot,
            "SELECT indicator_id || ' ' || cell_key FROM ind_cell WHERE contains(analyst_flag, 'r') ORDER BY 1");
        changed.Should().NotBeEmpty().And.Contain("V04 A|2023|sex=F").And.Contain("V04 A|2023|");
        flagged.Should().Equal(changed);

        var diff = await new VintageDiff(wh.Database.Sql).CompareAsync(store.List()[0], store.List()[1], IndicatorRole.Analyst, "V04", CancellationToken.None);
        // V04 2023: total 5 → 7, F 3 → 4 (P7), M 2 → 3 (P6 now identified).
        diff.Should().ContainEquivalentOf(new CellChange("V04", "A|2023|", 5, 7, "changed"));
        diff.Should().ContainEquivalentOf(new CellChange("V04", "A|2023|sex=F", 3, 4, "changed"));
        diff.Should().ContainEquivalentOf(new CellChange("V04", "A|2023|sex=M", 2, 3, "changed"));
        diff.Select(c => "V04 " + c.CellKey).Should().BeEquivalentTo(changed.Where(c => c.StartsWith("V04 ", StringComparison.Ordinal)));
    }

    private static async Task<TempWarehouse> PublishedAsync(int k)
    {
        var wh = await TempWarehouse.CreateAsync();
        wh.Options.DisclosureK = k;
        await Fixtures.VictimsAsync(wh.Staging);
        await Fixtures.JusticeAsync(wh.Staging);
        var result = await new Publisher(wh.Database, new ManualTime(T0)).PublishAsync(wh.Writer, null, CancellationToken.None);
        result.Published.Should().BeTrue(string.Join("; ", result.Failures.Select(f => f.Test)));
        return wh;
    }

    private static Task<DuckDB.NET.Data.DuckDBConnection> OpenCurrentAsync(TempWarehouse wh)
    {
        var store = new VintageStore(wh.Options);
        return store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None);
    }
}
