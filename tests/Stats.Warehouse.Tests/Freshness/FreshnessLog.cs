using System.Globalization;
using Stats.Warehouse.Freshness;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Freshness;

/// <summary>
/// A delivery log with known load instants and the expectations of five contracts, judged at <see cref="AsOf"/>
/// (2024-06-01 09:00:00 UTC). Worked by hand (elapsed = AsOf − last delivery loaded on or before AsOf):
/// <list type="table">
/// <item>police-victims (POL, P1D/P2D/P7D): last 05-30 09:00:00 → exactly 2 days = LateAfter → late (inclusive bound);
///       its delivery of 06-02 10:00 is after AsOf and ignored; 2 deliveries count.</item>
/// <item>police-suspects (POL, P1D/P2D/P7D): last 05-30 09:00:01 → 2 days less 1 s → on_time, late at 06-01 09:00:01.</item>
/// <item>socialcare-nrm (NRM, P7D/P10D/P30D): last 05-02 09:00 → exactly 30 days = OverdueAfter → overdue.</item>
/// <item>ngo-htcds (NGO1, P7D/P14D/P28D): last 05-10 09:00 → 22 days → late (14 ≤ 22 &lt; 28).</item>
/// <item>courts-decisions (CRT, P31D/P45D/P90D): no delivery → never_delivered.</item>
/// <item>legacy-pol (POL, no expectation): last 01-15 00:00 → 138.375 days (17 + 29 + 31 + 30 + 31 days, plus 9 h) → no_expectation.</item>
/// </list>
/// </summary>
internal static class FreshnessLog
{
    public static readonly DateTimeOffset AsOf = new(2024, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly SourceExpectation[] Expectations =
    [
        new("police-victims", "POL", "POLICE", TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(7)),
        new("police-suspects", "POL", "POLICE", TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(7)),
        new("socialcare-nrm", "NRM", "SOCIAL", TimeSpan.FromDays(7), TimeSpan.FromDays(10), TimeSpan.FromDays(30)),
        new("ngo-htcds", "NGO1", "NGO", TimeSpan.FromDays(7), TimeSpan.FromDays(14), TimeSpan.FromDays(28)),
        new("courts-decisions", "CRT", "COURT", TimeSpan.FromDays(31), TimeSpan.FromDays(45), TimeSpan.FromDays(90)),
    ];

    public static async Task FillAsync(TempWarehouse wh)
    {
        await wh.Staging.OrganisationAsync("POL", "POLICE");
        await wh.Staging.OrganisationAsync("NRM", "SOCIAL");
        await wh.Staging.OrganisationAsync("NGO1", "NGO");
        await BatchAsync(wh, "legacy-pol", "POL", "2024-01-15 00:00:00", rows: 7);
        await BatchAsync(wh, "police-victims", "POL", "2024-05-28 10:00:00", rows: 3);
        await BatchAsync(wh, "police-victims", "POL", "2024-05-30 09:00:00", rows: 4);
        await BatchAsync(wh, "police-victims", "POL", "2024-06-02 10:00:00", rows: 50);
        await BatchAsync(wh, "police-suspects", "POL", "2024-05-30 09:00:01", rows: 5);
        await BatchAsync(wh, "socialcare-nrm", "NRM", "2024-05-02 09:00:00", rows: 6);
        await BatchAsync(wh, "ngo-htcds", "NGO1", "2024-05-10 09:00:00", rows: 2);
        await SourceExpectations.SyncAsync(wh.Writer, Expectations, CancellationToken.None);
    }

    /// <summary>One loaded delivery; received a minute before it was loaded, one of its rows quarantined.</summary>
    public static Task BatchAsync(TempWarehouse wh, string contract, string source, string loadedUtc, long rows)
    {
        var file = string.Create(CultureInfo.InvariantCulture, $"{contract}_{loadedUtc}.csv");
        return wh.Writer.ExecuteAsync(
            """
            INSERT INTO meta_load_batch VALUES (
                nextval('seq_load_batch'), $contract, $source, $file, $sha,
                CAST($loaded || '+00' AS TIMESTAMPTZ) - INTERVAL 1 MINUTE, CAST($loaded || '+00' AS TIMESTAMPTZ),
                $rows, $rows - 1, 1)
            """,
            CancellationToken.None,
            ("contract", contract), ("source", source), ("file", file), ("sha", StagingWriter.Key(file)), ("loaded", loadedUtc), ("rows", rows));
    }
}
