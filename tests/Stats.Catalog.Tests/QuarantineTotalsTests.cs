using Stats.Catalog.Entities;
using Stats.Catalog.Queries;
using Stats.Catalog.Recording;

namespace Stats.Catalog.Tests;

public sealed class QuarantineTotalsTests
{
    private static readonly DateTimeOffset Day1 = new(2025, 4, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgreSql]
    public async Task Totals_add_up_rows_per_rule_across_deliveries_and_respect_the_since_filter(CatalogProvider provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var clock = new ManualClock(Day1);
        await using var db = await catalog.OpenAsync();
        var recorder = new CatalogRecorder(db, clock);

        // Day 1: unknown_code 3 (sex) + 4 (citizenship), future_date 2.
        await RecordAsync(recorder, "a", [new("victim", "unknown_code", "sex", 3), new("victim", "unknown_code", "citizenship", 4), new("victim", "future_date", "registration_date", 2)]);
        // Day 2: unknown_code 5, malformed_linkage_key 9.
        clock.Now = Day1.AddDays(1);
        await RecordAsync(recorder, "b", [new("justice", "unknown_code", "stage", 5), new("justice", "malformed_linkage_key", "person_key", 9)]);
        // Day 3: a clean delivery, nothing quarantined.
        clock.Now = Day1.AddDays(2);
        await RecordAsync(recorder, "c", []);

        var queries = new CatalogQueries(db);
        (await queries.QuarantineTotalsByRuleAsync(null, CancellationToken.None)).Should().Equal(
            new QuarantineTotal("unknown_code", 12, 2),
            new QuarantineTotal("malformed_linkage_key", 9, 1),
            new QuarantineTotal("future_date", 2, 1));

        (await queries.QuarantineTotalsByRuleAsync(Day1.AddHours(12), CancellationToken.None)).Should().Equal(
            new QuarantineTotal("malformed_linkage_key", 9, 1),
            new QuarantineTotal("unknown_code", 5, 1));

        (await queries.QuarantineTotalsByRuleAsync(Day1.AddDays(2), CancellationToken.None)).Should().BeEmpty();
    }

    private static async Task RecordAsync(CatalogRecorder recorder, string name, IReadOnlyList<QuarantineRow> quarantine)
    {
        var id = await recorder.DeliveryStartedAsync("police-victims", "POL", $"{name}.csv", new string(name[0], 64), CancellationToken.None);
        var rows = quarantine.Sum(q => q.Rows);
        await recorder.DeliveryFinishedAsync(id, new DeliveryResult(DeliveryStatus.Loaded, null, "loaded", id, null, 100, 100 - rows, rows, quarantine), CancellationToken.None);
    }
}
