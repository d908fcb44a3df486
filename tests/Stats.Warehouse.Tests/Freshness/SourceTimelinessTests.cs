using System.Globalization;
using Stats.Warehouse.Freshness;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Freshness;

/// <summary>Issue 5 item 6: each contract's status at an instant, against the hand-worked log of <see cref="FreshnessLog"/>.</summary>
public sealed class SourceTimelinessTests
{
    [Fact]
    public async Task Issue_5_status_days_and_deadlines_at_the_publication_instant_are_the_hand_worked_ones()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        await FreshnessLog.FillAsync(wh);

        (await LinesAsync(wh, FreshnessLog.AsOf)).Should().Equal(
            "courts-decisions|CRT|COURT|P31D|never_delivered|null|null|null|null|0",
            "legacy-pol|POL|POLICE|null|no_expectation|138.375|2024-01-15T00:00:00Z|null|null|1",
            "ngo-htcds|NGO1|NGO|P7D|late|22|2024-05-10T09:00:00Z|2024-05-24T09:00:00Z|2024-06-07T09:00:00Z|1",
            "police-suspects|POL|POLICE|P1D|on_time|1.999988|2024-05-30T09:00:01Z|2024-06-01T09:00:01Z|2024-06-06T09:00:01Z|1",
            "police-victims|POL|POLICE|P1D|late|2|2024-05-30T09:00:00Z|2024-06-01T09:00:00Z|2024-06-06T09:00:00Z|2",
            "socialcare-nrm|NRM|SOCIAL|P7D|overdue|30|2024-05-02T09:00:00Z|2024-05-12T09:00:00Z|2024-06-01T09:00:00Z|1");
    }

    [Fact]
    public async Task Issue_5_a_source_turns_late_and_overdue_exactly_at_its_deadline_instants()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        await FreshnessLog.FillAsync(wh);

        // One second before AsOf: police-victims is 2 days less 1 s since 05-30 09:00 (on time), NRM 30 days less 1 s (late, not overdue).
        (await StatusesAsync(wh, FreshnessLog.AsOf.AddSeconds(-1))).Should().Contain(["police-victims|on_time", "socialcare-nrm|late"]);
        // At police-suspects' late-at instant 06-01 09:00:01 it turns late.
        (await StatusesAsync(wh, FreshnessLog.AsOf.AddSeconds(1))).Should().Contain(["police-suspects|late", "police-victims|late"]);
        // police-suspects is overdue from 06-06 09:00:01 (05-30 09:00:01 + 7 days), and not one second earlier.
        (await StatusesAsync(wh, new DateTimeOffset(2024, 6, 6, 9, 0, 0, TimeSpan.Zero))).Should().Contain("police-suspects|late");
        (await StatusesAsync(wh, new DateTimeOffset(2024, 6, 6, 9, 0, 1, TimeSpan.Zero))).Should().Contain("police-suspects|overdue");
        // Once its delivery of 06-02 10:00 is loaded, police-victims is on time again, with three deliveries.
        var after = await SourceTimeliness.ReadAsync(wh.Writer, new DateTimeOffset(2024, 6, 2, 10, 0, 0, TimeSpan.Zero), CancellationToken.None);
        after.Single(r => r.ContractId == "police-victims").Should().Match<SourceTimelinessRow>(r =>
            r.Status == "on_time" && r.DaysSinceLastDelivery == 0 && r.Deliveries == 3 && !r.IsStale);
        // Before its first delivery existed, a contract with an expectation is never delivered.
        (await StatusesAsync(wh, new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)))
            .Should().Contain(["ngo-htcds|never_delivered", "police-suspects|never_delivered", "legacy-pol|no_expectation"]);
    }

    [Fact]
    public async Task Issue_5_sync_replaces_every_expectation_and_refuses_durations_the_table_cannot_hold()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        await FreshnessLog.FillAsync(wh);
        await SourceExpectations.SyncAsync(
            wh.Writer,
            [new("ngo-htcds", "NGO1", "NGO", TimeSpan.FromHours(36), TimeSpan.FromHours(12) * 5, TimeSpan.FromDays(3))],
            CancellationToken.None);
        var table = "SELECT contract_id, expected_every_iso, expected_every_s, late_after_s, overdue_after_s FROM meta_source_expectation";
        (await Query.LinesAsync(wh.Writer, table)).Should().Equal("ngo-htcds|P1DT12H|129600|216000|259200");

        var invalid = new SourceExpectation[][]
        {
            [new("a", "A", "NGO", TimeSpan.FromDays(1), TimeSpan.FromDays(3), TimeSpan.FromDays(2))],
            [new("a", "A", "NGO", TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(3) + TimeSpan.FromMilliseconds(1))],
            [new("a", "A", "NGO", TimeSpan.Zero, TimeSpan.FromDays(2), TimeSpan.FromDays(3))],
            [new("a", "A", "", TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(3))],
            [new("a", "A", "NGO", TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(3)), new("a", "B", "NGO", TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(3))],
        };
        foreach (var expectations in invalid)
        {
            await FluentActions.Awaiting(() => SourceExpectations.SyncAsync(wh.Writer, expectations, CancellationToken.None))
                .Should().ThrowAsync<ArgumentException>();
        }

        (await Query.LinesAsync(wh.Writer, table)).Should().Equal("ngo-htcds|P1DT12H|129600|216000|259200");
        await SourceExpectations.SyncAsync(wh.Writer, [], CancellationToken.None);
        (await Query.CountAsync(wh.Writer, "SELECT count(*) FROM meta_source_expectation")).Should().Be(0);
    }

    private static async Task<List<string>> StatusesAsync(TempWarehouse wh, DateTimeOffset asOf) =>
        (await SourceTimeliness.ReadAsync(wh.Writer, asOf, CancellationToken.None)).Select(r => $"{r.ContractId}|{r.Status}").ToList();

    private static async Task<List<string>> LinesAsync(TempWarehouse wh, DateTimeOffset asOf) =>
        (await SourceTimeliness.ReadAsync(wh.Writer, asOf, CancellationToken.None)).Select(r => string.Join('|',
            r.ContractId, r.SourceCode, r.OrganisationType ?? "null", r.ExpectedEvery ?? "null", r.Status,
            r.DaysSinceLastDelivery is { } d ? Math.Round(d, 6).ToString(CultureInfo.InvariantCulture) : "null",
            Iso(r.LastLoadedAt), Iso(r.LateAt), Iso(r.OverdueAt), r.Deliveries.ToString(CultureInfo.InvariantCulture))).ToList();

    private static string Iso(DateTimeOffset? t) => t is { } v ? v.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) : "null";
}
