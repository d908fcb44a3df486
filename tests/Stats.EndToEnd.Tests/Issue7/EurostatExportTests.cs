using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// `stats export eurostat` (issue 7 item 2): every crim_thb table of sql/exports/eurostat.json is written, and every row
/// equals the value recomputed here from the OData answer (annual cells of the listed cube tables, codes mapped, grouped
/// codes summed from the published cells with the suppression rule), for the public and the analyst role.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class EurostatExportTests(Issue7Warehouse warehouse, ITestOutputHelper output)
{
    private static readonly string[] Tables =
        ["crim_thb_vsage", "crim_thb_vctz", "crim_thb_vexp", "crim_thb_vorg", "crim_thb_osage", "crim_thb_octz", "crim_thb_oexp", "crim_thb_oorg"];

    [Theory]
    [InlineData("public")]
    [InlineData("analyst")]
    public async Task Every_table_row_equals_the_value_recomputed_from_the_OData_cells(string role)
    {
        var folder = await warehouse.ExportAsync("eurostat", role);
        var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "metadata.json"))).RootElement;
        var definition = Definition("eurostat.json");
        var lastUpdate = metadata.GetProperty("publishedAt").GetDateTimeOffset().UtcDateTime.ToString("dd/MM/yy HH:mm:ss", CultureInfo.InvariantCulture);
        lastUpdate.Should().MatchRegex(@"^\d\d/\d\d/\d\d \d\d:\d\d:\d\d$");

        var files = metadata.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        files.Should().Contain(Tables.Select(t => t + ".csv"), "every Eurostat table is present");
        definition.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id").GetString()).Should().BeEquivalentTo(Tables);

        var odata = new Dictionary<string, List<Dictionary<string, object?>>>();
        int rows = 0, groupedSuppressed = 0, grouped = 0;
        foreach (var table in definition.GetProperty("tables").EnumerateArray())
        {
            var id = table.GetProperty("id").GetString()!;
            var file = Path.Combine(folder, id + ".csv");
            var columns = table.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("column").GetString()!).ToList();
            (await File.ReadAllLinesAsync(file))[0].Should().Be(
                string.Join(',', ["DATAFLOW", "LAST UPDATE", "freq", "leg_stat", .. columns, "unit", "geo", "TIME_PERIOD", "OBS_VALUE", "OBS_FLAG", "CONF_STATUS"]),
                $"{id}: Eurostat's column order");
            var exported = ExportCells.Query($"SELECT * FROM read_csv('{file}', header = true, all_varchar = true)");
            exported.Should().OnlyContain(r => r["DATAFLOW"] == $"ESTAT:{id.ToUpperInvariant()}(1.0)" && r["LAST UPDATE"] == lastUpdate
                && r["freq"] == "A" && r["unit"] == "PER" && r["geo"] == "AT");

            var expected = new Dictionary<string, Expected>();
            foreach (var legStat in table.GetProperty("legStat").EnumerateObject())
            {
                var indicator = legStat.Value.GetString()!;
                if (!odata.TryGetValue(indicator, out var cells))
                {
                    cells = (await warehouse.ODataCellsAsync(indicator, role)).Values.Where(c => (string)c["Frequency"]! == "A").ToList();
                    odata.Add(indicator, cells);
                }

                var maps = table.GetProperty("columns").EnumerateArray()
                    .Select(c => (Breakdown: c.GetProperty("breakdown").GetString()!, Map: CodeList(definition.GetProperty("codeLists").GetProperty(c.GetProperty("codeList").GetString()!))))
                    .ToList();
                foreach (var (key, value) in Recompute(cells, Breakdowns(metadata, indicator), CubeTables(table), maps, role))
                {
                    expected.Add(legStat.Name + "|" + key, value);
                }
            }

            var actual = exported.ToDictionary(
                r => string.Join('|', [r["leg_stat"], .. columns.Select(c => r[c]), r["TIME_PERIOD"]]), r => r);
            actual.Keys.Should().BeEquivalentTo(expected.Keys, $"{role} {id}: one row per recomputed cell");
            foreach (var (key, want) in expected)
            {
                var row = actual[key];
                (row["OBS_VALUE"], row["OBS_FLAG"], row["CONF_STATUS"]).Should().Be((want.Value, want.Flags, want.ConfStatus), $"{role} {id} {key}");
                grouped += want.Components > 1 ? 1 : 0;
                if (want.Components > 1 && want.AnySuppressed)
                {
                    groupedSuppressed++;
                    if (role == "public")
                    {
                        (row["OBS_VALUE"], row["OBS_FLAG"], row["CONF_STATUS"]).Should().Be(("", "c", "D"), $"{id} {key} sums a suppressed cell");
                    }
                }
            }

            if (role == "public")
            {
                NoSmallNumbers(exported.Select(r => r["OBS_VALUE"]), 5, id);
            }

            rows += exported.Count;
        }

        output.WriteLine($"{role}: {Tables.Length} tables, {rows} rows recomputed from OData; {grouped} grouped cells, {groupedSuppressed} of them with a suppressed component");
        rows.Should().BeGreaterThan(200);
        grouped.Should().BeGreaterThan(0);
        groupedSuppressed.Should().BeGreaterThan(0, "the two-year vintage has grouped cells (forms, other+unknown sex) that include a suppressed cell");
    }

    [Fact]
    public void The_code_lists_are_Eurostats_and_the_form_groups_are_the_seeds()
    {
        var lists = Definition("eurostat.json").GetProperty("codeLists");
        CodeList(lists.GetProperty("citizen")).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["_T"] = "TOTAL", ["NAT"] = "NAT", ["EU_FOR"] = "EU27_2020_FOR", ["NEU_FOR"] = "NEU27_2020_FOR", ["UNK"] = "UNK",
        });
        CodeList(lists.GetProperty("age")).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["_T"] = "TOTAL", ["Y_LT18"] = "Y_LT18", ["Y_GE18"] = "Y_GE18", ["UNK"] = "UNK",
        });
        var sex = CodeList(lists.GetProperty("sex"))!;
        (sex["_T"], sex["F"], sex["M"], sex["UNK"]).Should().Be(("T", "F", "M", "UNK"));

        // The grouping of detailed forms into Eurostat's groups is recorded once more in the form seed; both must agree.
        var seed = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "sql", "seeds", "exploitation_form.csv")).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[3]);
        var exploit = CodeList(lists.GetProperty("exploit"))!;
        exploit.Where(e => e.Key != "_T").Should().BeEquivalentTo(seed);
    }

    /// <summary>The expected text of one body cell and what it was made of.</summary>
    internal sealed record Expected(string Value, string Flags, string ConfStatus, int Components, bool AnySuppressed);

    /// <summary>
    /// The body cells recomputed from the OData cells: annual cells whose non-total breakdowns are exactly one of the cube
    /// tables, keyed by the mapped codes of the columns and the year, summed with the suppression rule.
    /// </summary>
    internal static Dictionary<string, Expected> Recompute(
        IEnumerable<Dictionary<string, object?>> annualCells, IReadOnlyList<string> breakdowns, IReadOnlyList<HashSet<string>> cubeTables,
        IReadOnlyList<(string Breakdown, Dictionary<string, string>? Map)> columns, string role)
    {
        var groups = new Dictionary<string, List<Dictionary<string, object?>>>();
        foreach (var cell in annualCells)
        {
            var nonTotal = breakdowns.Where(b => (string)cell[Property(b)]! != "_T").ToHashSet();
            if (!cubeTables.Any(t => t.SetEquals(nonTotal)))
            {
                continue;
            }

            var codes = columns.Select(c =>
            {
                var code = (string)cell[Property(c.Breakdown)]!;
                return c.Map is null ? (code == "_T" ? "TOTAL" : code) : c.Map[code];
            });
            var key = string.Join('|', [.. codes, Convert.ToInt32(cell["Year"], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)]);
            if (!groups.TryGetValue(key, out var parts))
            {
                groups[key] = parts = [];
            }

            parts.Add(cell);
        }

        return groups.ToDictionary(g => g.Key, g => Combine(g.Value, role));
    }

    /// <summary>The grouping rule worked out here again: one cell is carried as is; a sum is published only when every part is.</summary>
    internal static Expected Combine(IReadOnlyList<Dictionary<string, object?>> parts, string role)
    {
        static string Conf(Dictionary<string, object?> c) => (string)c["ConfStatus"]!;
        var suppressed = parts.Any(p => p["Value"] is null || Conf(p) is "C" or "D");
        if (parts.Count == 1)
        {
            return new(ExportCells.Text(parts[0]["Value"]), (string)parts[0]["Flags"]!, Conf(parts[0]), 1, suppressed);
        }

        var flags = new string(parts.SelectMany(p => (string)p["Flags"]!).Distinct().Order().ToArray());
        var sum = parts.All(p => p["Value"] is not null) ? ExportCells.Text(parts.Sum(p => Convert.ToDouble(p["Value"], CultureInfo.InvariantCulture))) : "";
        if (role == "analyst")
        {
            var strictest = parts.Any(p => Conf(p) == "C") ? "C" : parts.Any(p => Conf(p) == "D") ? "D" : "F";
            return new(sum, flags, strictest, parts.Count, suppressed);
        }

        return suppressed
            ? new("", new string(flags.Append('c').Where(f => f != 'r').Distinct().Order().ToArray()), "D", parts.Count, true)
            : new(sum, flags, "F", parts.Count, false);
    }

    /// <summary>No published number between 1 and k−1: such a value would be a cell the disclosure control hides.</summary>
    internal static void NoSmallNumbers(IEnumerable<string> values, int k, string what)
    {
        foreach (var value in values.Where(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            var number = double.Parse(value, CultureInfo.InvariantCulture);
            (number >= 1 && number < k).Should().BeFalse($"{what}: {number} is a cell below k = {k}");
        }
    }

    /// <summary>A definition of sql/exports as copied next to the test binaries.</summary>
    internal static JsonElement Definition(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sql", "exports", file))).RootElement;

    /// <summary>A code list of the definition as our code → body code, with '_T' → the body's total; null when codes pass through.</summary>
    internal static Dictionary<string, string>? CodeList(JsonElement list)
    {
        if (list.GetProperty("codes").ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var map = list.GetProperty("codes").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetString()!);
        map["_T"] = list.GetProperty("total").GetString()!;
        return map;
    }

    internal static List<HashSet<string>> CubeTables(JsonElement definition) =>
        definition.GetProperty("cells").EnumerateArray().Select(t => t.EnumerateArray().Select(b => b.GetString()!).ToHashSet()).ToList();

    /// <summary>The indicator's breakdowns as metadata.json of the export lists them.</summary>
    internal static List<string> Breakdowns(JsonElement metadata, string indicator) =>
        metadata.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == indicator)
            .GetProperty("breakdowns").EnumerateArray().Select(b => b.GetProperty("id").GetString()!).ToList();

    /// <summary>The OData property of a breakdown: age_group → AgeGroup.</summary>
    internal static string Property(string breakdown) =>
        string.Concat(breakdown.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
