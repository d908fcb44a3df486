using System.Globalization;
using DuckDB.NET.Data;
using Stats.Warehouse;
using Stats.Warehouse.OData;
using Stats.Warehouse.OData.Apply;
using Stats.Warehouse.Vintages;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Issue 4, differencing: over the demo's published vintage, every small cell (1 … k−1 registered victims of one year and
/// one category, counted by the test's own SQL on the fact table) is attacked by combining analyst $apply results
/// (grouped, filtered, unfiltered, with the complementary filter) and the public V04 cube (disclosure-controlled values):
/// no derivation may give a count between 1 and k−1.
/// </summary>
public sealed class Issue4DifferencingTests : IDisposable
{
    private const string Registered = "HighestStatusCode in ('IDENT','PRES')";

    /// <summary>Fact property → the V04 cube column with the same categories.</summary>
    private static readonly (string Property, string Column)[] Dimensions =
    [
        ("SexCode", "sex"), ("AgeGroupCode", "age_group"), ("CitizenshipGroupCode", "citizenship"), ("MainFormCode", "form_main"),
        ("TraffickingTypeCode", "trafficking_type"),
    ];

    private static readonly string[] CubeColumns = ["sex", "age_group", "citizenship", "form_main", "form_any", "organisation", "region", "trafficking_type"];

    private readonly TempDataFolder _data = new();

    [Fact]
    public async Task Issue_4_no_combination_of_public_cells_and_analyst_apply_results_isolates_a_small_cell()
    {
        (await CliRun.RunAsync("demo", "--no-serve", "--data", _data.Path)).ExitCode.Should().Be(0);
        var store = new VintageStore(new WarehouseOptions { DataDirectory = _data.Path });
        await using var snapshot = await store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None);
        var sets = await PublishedSets.ReadAsync(snapshot, ODataRole.Analyst, CancellationToken.None);
        var model = FlatModel.Build(sets);
        var facts = sets.Single(s => s.Name == "Fact_VictimPersonYear");
        var k = facts.Disclosure!.K;

        var targets = new List<(int Year, string Property, string Column, string Code, long Persons)>();
        foreach (var (property, column) in Dimensions)
        {
            var factColumn = string.Concat(property.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
            foreach (var (year, code, persons) in await SmallCellsAsync(snapshot, factColumn, k))
            {
                targets.Add((year, property, column, code, persons));
            }
        }

        targets.Should().NotBeEmpty("the demo has small cells to attack");
        var derivations = 0;
        var publishedInputs = 0;
        var failures = new List<string>();
        void Check(string what, long? value)
        {
            if (value is null)
            {
                return;
            }

            derivations++;
            if (value is >= 1 && value < k)
            {
                failures.Add($"{what} = {value}");
            }
        }

        foreach (var (year, property, column, code, persons) in targets)
        {
            var y = year.ToString(CultureInfo.InvariantCulture);
            var c = code.Replace("'", "''", StringComparison.Ordinal);
            var label = $"{year} {property}={code} ({persons} persons)";
            var groups = await GroupsAsync(snapshot, model, facts, $"filter(Year eq {y} and {Registered})/groupby(({property}),aggregate($count as N))");
            var total = await TotalAsync(snapshot, model, facts, $"filter(Year eq {y} and {Registered})/aggregate($count as N)");
            var without = await TotalAsync(snapshot, model, facts, $"filter(Year eq {y} and {Registered} and {property} ne '{c}')/aggregate($count as N)");
            var only = await TotalAsync(snapshot, model, facts, $"filter(Year eq {y} and {Registered} and {property} eq '{c}')/aggregate($count as N)");
            var byStatus = await GroupsAsync(snapshot, model, facts, $"filter(Year eq {y})/groupby(({property},HighestStatusCode),aggregate($count as N))");
            var unfiltered = await GroupsAsync(snapshot, model, facts, $"filter(Year eq {y})/groupby(({property}),aggregate($count as N))");
            var publicCells = await PublicV04Async(snapshot, year, column);
            var publicTotal = (await PublicV04Async(snapshot, year, null)).GetValueOrDefault("_T");
            publishedInputs += groups.Values.Concat(byStatus.Values).Concat(unfiltered.Values).Concat(publicCells.Values)
                .Concat([total, without, only, publicTotal]).Count(v => v is not null);

            Check($"{label}: the group itself", groups.GetValueOrDefault(code));
            Check($"{label}: filtered query for the cell alone", only);
            Check($"{label}: public cube cell", publicCells.GetValueOrDefault(code));
            var others = groups.Where(g => g.Key != code).ToList();
            if (others.All(g => g.Value is not null))
            {
                var sumOthers = others.Sum(g => g.Value!.Value);
                Check($"{label}: analyst total − other groups", total - sumOthers);
                Check($"{label}: public total − analyst other groups", publicTotal - sumOthers);
            }

            Check($"{label}: analyst total − total without the cell", total - without);
            Check($"{label}: public total − analyst total without the cell", publicTotal - without);
            var publicOthers = publicCells.Where(p => p.Key != code).ToList();
            if (publicOthers.All(p => p.Value is not null))
            {
                Check($"{label}: analyst total − public other cells", total - publicOthers.Sum(p => p.Value!.Value));
            }

            // Unfiltered group (every status) minus the statuses that are not counted.
            var notRegistered = byStatus.Where(g => g.Key.StartsWith(code + "|", StringComparison.Ordinal) && !g.Key.EndsWith("|IDENT", StringComparison.Ordinal) && !g.Key.EndsWith("|PRES", StringComparison.Ordinal)).ToList();
            if (unfiltered.GetValueOrDefault(code) is { } all && notRegistered.All(g => g.Value is not null))
            {
                Check($"{label}: unfiltered group − other statuses", all - notRegistered.Sum(g => g.Value!.Value));
            }
        }

        // Not vacuous: the queries answer with published figures (every derivation needing a suppressed one is skipped).
        publishedInputs.Should().BeGreaterThan(targets.Count * 5);
        failures.Should().BeEmpty($"{derivations} derivations were computed from published figures");
    }

    public void Dispose() => _data.Dispose();

    private static async Task<List<(int Year, string Code, long Persons)>> SmallCellsAsync(DuckDBConnection snapshot, string column, int k)
    {
        var result = new List<(int, string, long)>();
        await using var command = snapshot.CreateCommand();
        command.CommandText = $"""
            SELECT "year", CAST({column} AS VARCHAR), count(DISTINCT person_key) AS n FROM fct_victim_person_year
            WHERE highest_status_code IN ('IDENT', 'PRES') GROUP BY ALL HAVING n BETWEEN 1 AND {k - 1} ORDER BY ALL
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add((reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return result;
    }

    /// <summary>Group values joined with '|' → N (null when suppressed).</summary>
    private static async Task<Dictionary<string, long?>> GroupsAsync(DuckDBConnection snapshot, Microsoft.OData.Edm.IEdmModel model, FlatEntitySet set, string apply)
    {
        var result = await ApplyRunner.RunAsync(snapshot, model, set, apply, new ApplyLimits(), CancellationToken.None);
        var groups = result.Columns.Count(c => c.IsGroup);
        return result.Rows.ToDictionary(
            r => string.Join('|', r.Values.Take(groups).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))),
            r => (long?)r.Values[groups]);
    }

    private static async Task<long?> TotalAsync(DuckDBConnection snapshot, Microsoft.OData.Edm.IEdmModel model, FlatEntitySet set, string apply) =>
        (long?)(await ApplyRunner.RunAsync(snapshot, model, set, apply, new ApplyLimits(), CancellationToken.None)).Rows.Single().Values[0];

    /// <summary>The public V04 annual cells by one breakdown (or the total): obs_value, the value public readers get.</summary>
    private static async Task<Dictionary<string, long?>> PublicV04Async(DuckDBConnection snapshot, int year, string? column)
    {
        var totals = string.Join(" AND ", CubeColumns.Where(c => c != column).Select(c => $"{c} = '_T'"));
        var result = new Dictionary<string, long?>(StringComparer.Ordinal);
        await using var command = snapshot.CreateCommand();
        command.CommandText = $"""
            SELECT {(column is null ? "'_T'" : column)}, CAST(obs_value AS BIGINT) FROM ind_cell
            WHERE indicator_id = 'V04' AND freq = 'A' AND "year" = {year.ToString(CultureInfo.InvariantCulture)} AND {totals}
            {(column is null ? string.Empty : $"AND {column} <> '_T'")}
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetInt64(1);
        }

        return result;
    }
}
