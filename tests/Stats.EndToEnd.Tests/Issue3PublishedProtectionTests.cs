using System.Text;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Issue 3: invariants of disclosure control over every published cube of the demo vintage, checked with the test's own SQL
/// (relations rebuilt from the cells, not taken from the protector): no published count of 1 … k−1, no value behind a
/// suppression, and no additive relation — a total and its categories along one breakdown, a year and its quarters or
/// months, a quarter and its months — with exactly one suppressed cell.
/// </summary>
[Collection(Issue3VintagesCollection.Name)]
public sealed class Issue3PublishedProtectionTests(Issue3VintagesFixture fixture)
{
    [Fact]
    public async Task Issue_3_no_published_cell_is_small_and_no_suppressed_cell_is_alone_in_a_relation()
    {
        await using var snapshot = await SnapshotQueries.OpenCurrentAsync(fixture.DataPath);
        (await snapshot.ScalarAsync(
            """
            SELECT count(*) FROM ind_cell c JOIN ind_indicator i USING (indicator_id)
            WHERE i.disclosure_rule = 'threshold' AND c.obs_value IS NOT NULL AND c.contributors BETWEEN 1 AND i.disclosure_k - 1
            """)).Should().Be(0);
        (await snapshot.ScalarAsync(
            "SELECT count(*) FROM ind_cell WHERE conf_status <> 'F' AND (obs_value IS NOT NULL OR NOT contains(obs_flag, 'c'))")).Should().Be(0);
        (await snapshot.ScalarAsync("SELECT count(*) FROM ind_cell WHERE conf_status = 'D'")).Should().BeGreaterThan(0, "the demo needs secondary suppression");

        var dimensions = (await snapshot.CountsAsync("SELECT dimension, sort_order FROM ind_dimension")).Keys.ToList();
        foreach (var d in dimensions)
        {
            var others = string.Join(", ", dimensions.Where(o => o != d).Select(o => $"\"{o}\""));
            (await snapshot.ScalarAsync(LoneSuppressions($"indicator_id, freq, time_period, {others}", $"\"{d}\" = '_T'")))
                .Should().Be(0, $"no relation along {d} may hold exactly one suppressed cell");
        }

        var all = string.Join(", ", dimensions.Select(o => $"\"{o}\""));
        (await snapshot.ScalarAsync(LoneSuppressions($"indicator_id, \"year\", {all}", "freq = 'A'", "freq = 'Q'"))).Should().Be(0, "year and quarters");
        (await snapshot.ScalarAsync(LoneSuppressions($"indicator_id, \"year\", {all}", "freq = 'A'", "freq = 'M'"))).Should().Be(0, "year and months");
        (await snapshot.ScalarAsync(LoneSuppressions(
            $"indicator_id, \"year\", CASE WHEN freq = 'Q' THEN period_no ELSE (period_no + 2) // 3 END, {all}", "freq = 'Q'", "freq = 'M'")))
            .Should().Be(0, "quarter and months");
    }

    /// <summary>
    /// Groups cells into relations (total where <paramref name="total"/> holds, members where <paramref name="member"/>
    /// holds, or where the total condition does not), keeps those whose members add up to the total, and counts the ones
    /// with exactly one suppressed cell.
    /// </summary>
    private static string LoneSuppressions(string groupBy, string total, string? member = null)
    {
        var sql = new StringBuilder();
        sql.Append("SELECT count(*) FROM (SELECT ");
        sql.Append("sum(CASE WHEN ").Append(total).Append(" THEN contributors END) AS t, ");
        sql.Append("sum(CASE WHEN ").Append(member ?? $"NOT ({total})").Append(" THEN contributors END) AS m, ");
        sql.Append("count(CASE WHEN ").Append(member ?? $"NOT ({total})").Append(" THEN 1 END) AS n, ");
        sql.Append("count(CASE WHEN conf_status <> 'F' AND (").Append(total).Append(" OR ").Append(member ?? $"NOT ({total})").Append(") THEN 1 END) AS s ");
        sql.Append("FROM ind_cell WHERE ").Append(member is null ? "true" : $"({total}) OR ({member})");
        sql.Append(" GROUP BY ").Append(groupBy).Append(") WHERE t IS NOT NULL AND n >= 2 AND t = m AND s = 1");
        return sql.ToString();
    }
}
