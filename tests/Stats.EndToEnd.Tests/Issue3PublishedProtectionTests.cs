using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;

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

        // The relation checks run on a copy, so the same SQL can be shown to catch a broken protection below.
        var current = new VintageStore(new WarehouseOptions { DataDirectory = fixture.DataPath }).Current()!;
        await using var copy = new DuckDBConnection("DataSource=:memory:");
        await copy.OpenAsync();
        await ScalarAsync(copy, $"ATTACH '{current.FilePath}' AS published (READ_ONLY)");
        await ScalarAsync(copy, "CREATE TABLE ind_cell AS SELECT * FROM published.ind_cell");
        (await LoneSuppressionsAsync(copy, dimensions)).Should().BeEmpty();

        // Negative control: publish every secondary suppression again; primaries are then alone in their relations.
        await ScalarAsync(copy, "UPDATE ind_cell SET conf_status = 'F' WHERE conf_status = 'D'");
        (await LoneSuppressionsAsync(copy, dimensions)).Should().NotBeEmpty("the check must see a primary cell left alone");
    }

    /// <summary>The kinds of relation (breakdown or time level) that hold a relation with exactly one suppressed cell.</summary>
    private static async Task<List<string>> LoneSuppressionsAsync(DuckDBConnection connection, List<string> dimensions)
    {
        var found = new List<string>();
        foreach (var d in dimensions)
        {
            var others = string.Join(", ", dimensions.Where(o => o != d).Select(o => $"\"{o}\""));
            if (await ScalarAsync(connection, LoneSuppressions($"indicator_id, freq, time_period, {others}", $"\"{d}\" = '_T'")) > 0)
            {
                found.Add(d);
            }
        }

        var all = string.Join(", ", dimensions.Select(o => $"\"{o}\""));
        var time = new Dictionary<string, string>
        {
            ["year and quarters"] = LoneSuppressions($"indicator_id, \"year\", {all}", "freq = 'A'", "freq = 'Q'"),
            ["year and months"] = LoneSuppressions($"indicator_id, \"year\", {all}", "freq = 'A'", "freq = 'M'"),
            ["quarter and months"] = LoneSuppressions(
                $"indicator_id, \"year\", CASE WHEN freq = 'Q' THEN period_no ELSE (period_no + 2) // 3 END, {all}", "freq = 'Q'", "freq = 'M'"),
        };
        foreach (var (name, sql) in time)
        {
            if (await ScalarAsync(connection, sql) > 0)
            {
                found.Add(name);
            }
        }

        return found;
    }

    private static async Task<long> ScalarAsync(DuckDBConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
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
