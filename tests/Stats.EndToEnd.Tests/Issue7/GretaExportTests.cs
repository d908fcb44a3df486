using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Stats.Warehouse;
using Stats.Warehouse.Exports;
using Stats.Warehouse.Exports.Greta;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Vintages;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// `stats export greta`: greta.xlsx read back with ExcelDataReader. Every table of sql/exports/greta.json is a sheet;
/// every value and flag of every year and row, the Total included, equals the annual cell of the OData answer to the same
/// role (the Total is the feed's _T cell, so a summed Total would fail on non-additive breakdowns); notes carry the
/// feed's definitions and non-additive notes; a public workbook has no number in a suppressed cell.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class GretaExportTests(Issue7Warehouse warehouse, ITestOutputHelper output)
{
    private const string T = "_T";

    [Theory]
    [InlineData("public")]
    [InlineData("analyst")]
    public async Task Every_table_equals_the_annual_cells_of_the_OData_answer(string role)
    {
        var folder = await warehouse.ExportAsync("greta", role);
        var path = Path.Combine(folder, "greta.xlsx");
        var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "metadata.json"))).RootElement;
        metadata.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).Should().Contain("greta.xlsx");
        var years = metadata.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList();
        years.Should().Contain([2024, 2025]).And.BeInAscendingOrder();

        var sheets = GretaWorkbookReader.Read(path);
        var tables = GretaDefinitionFile.Tables();
        sheets.Select(s => s.Name).Should().Equal(["About", .. tables.Select(t => t.Id), "Definitions"], "every defined table is a sheet, in questionnaire order");

        var http = role == "analyst" ? warehouse.Analyst : warehouse.Public;
        var indicators = await GretaFeedCatalogue.SetAsync(http, "Indicators", "Id");
        var dimensions = await GretaFeedCatalogue.SetAsync(http, "Dimensions", "Dimension");
        var feeds = new Dictionary<string, List<Dictionary<string, object?>>>();
        int compared = 0, suppressed = 0, nonAdditiveDifferences = 0, additiveChecks = 0;
        // Tables by breakdowns; the estimate table (no rows: V09 next to its known count) is checked by the issue 9 tests.
        foreach (var table in tables.Where(t => t.Rows.Count > 0))
        {
            if (!feeds.TryGetValue(table.Indicator, out var annual))
            {
                annual = (await warehouse.ODataCellsAsync(table.Indicator, role)).Values.Where(c => (string)c["Frequency"]! == "A").ToList();
                feeds.Add(table.Indicator, annual);
            }

            var sheet = GretaWorkbookReader.Table(sheets.Single(s => s.Name == table.Id).Rows);
            sheet.Years.Should().Equal(years, table.Id);
            var expected = ExpectedRows(table, annual);
            var labels = sheet.Rows.Select(r => r.Label).ToList();
            labels.Should().OnlyHaveUniqueItems(table.Id).And.Contain(expected.Keys, $"{table.Id} has a row for every code the feed publishes (UNK included)");
            labels[^1].Should().Be("Total");
            foreach (var row in sheet.Rows)
            {
                var cells = expected.GetValueOrDefault(row.Label) ?? [];
                for (var y = 0; y < years.Count; y++)
                {
                    var what = $"{role} {table.Id} '{row.Label}' {years[y]}";
                    if (!cells.TryGetValue(years[y], out var cell))
                    {
                        row.Values[y].Should().BeNull(what + ": the feed has no such cell");
                        row.Flags[y].Should().BeEmpty(what);
                        continue;
                    }

                    row.Flags[y].Should().Be((string)cell["Flags"]!, what + " flag");
                    if (cell["Value"] is double value)
                    {
                        Convert.ToDouble(row.Values[y], CultureInfo.InvariantCulture).Should().BeApproximately(value, Math.Abs(value) * 1e-9, what);
                    }
                    else
                    {
                        row.Values[y].Should().BeNull(what + ": the feed publishes no value");
                    }

                    if (role == "public" && ((string)cell["ConfStatus"]! != "F" || ((string)cell["Flags"]!).Contains('c')))
                    {
                        row.Values[y].Should().BeNull(what + ": a suppressed cell has no number in a public export");
                        suppressed++;
                    }

                    compared++;
                }
            }

            var definition = (string)indicators[table.Indicator]["Definition"]!;
            sheet.Notes.Should().Contain(definition, $"{table.Id} notes carry the indicator's definition");
            foreach (var dimension in table.Rows.Select(d => dimensions[d]).Where(d => !(bool)d["Additive"]!))
            {
                sheet.Notes.Should().Contain((string)dimension["Note"]!, $"{table.Id} notes carry the non-additive note of {dimension["Dimension"]}");
                sheet.Notes.Should().Contain("do not add up to the total");
            }

            if (role == "analyst" && table.Rows.Count == 1)
            {
                var additive = (bool)dimensions[table.Rows[0]]["Additive"]!;
                for (var y = 0; y < years.Count; y++)
                {
                    if (sheet.Rows[^1].Values[y] is not { } total)
                    {
                        continue;
                    }

                    // A row without a value even for analysts (suppressed at source by an aggregate return, or a
                    // category it does not state) leaves nothing to add up.
                    if (sheet.Rows.SkipLast(1).Any(r => r.Values[y] is null))
                    {
                        continue;
                    }

                    var sum = sheet.Rows.SkipLast(1).Sum(r => r.Values[y] is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : 0);
                    if (additive)
                    {
                        sum.Should().BeApproximately(Convert.ToDouble(total, CultureInfo.InvariantCulture), 1e-6, $"{table.Id} {years[y]}: an additive breakdown's rows, UNK included, add up to the Total");
                        additiveChecks++;
                    }
                    else if (Math.Abs(sum - Convert.ToDouble(total, CultureInfo.InvariantCulture)) > 1e-6)
                    {
                        nonAdditiveDifferences++;
                    }
                }
            }
        }

        if (role == "analyst")
        {
            nonAdditiveDifferences.Should().BePositive("a non-additive table whose Total were the sum of its rows would be wrong, and the test must see the difference");
            additiveChecks.Should().BePositive();
        }
        else
        {
            suppressed.Should().BePositive("the two-year vintage has suppressed cells in the GRETA tables");
        }

        CheckDefinitions(sheets.Single(s => s.Name == "Definitions").Rows, tables, indicators);
        CheckAbout(sheets[0].Rows, role);
        var core = GretaWorkbookReader.CoreProperties(path);
        core["creator"].Should().Be("stats");
        core["title"].Should().NotBeEmpty();
        core["description"].Should().Contain("vintage 2").And.Contain("role " + role);
        DateTimeOffset.Parse(core["created"], CultureInfo.InvariantCulture).Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10));
        using (var document = SpreadsheetDocument.Open(path, false))
        {
            new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty("the workbook follows the OpenXML schema");
        }

        output.WriteLine($"{role}: {tables.Count} tables, {compared} cells (value and flag) equal to the OData answer; {suppressed} suppressed cells without a number; "
            + $"{additiveChecks} additive totals equal to their rows' sum, {nonAdditiveDifferences} non-additive totals differing from it");
        compared.Should().BeGreaterThan(400);
    }

    [Fact]
    public async Task A_partial_export_lists_the_tables_it_leaves_out_on_About()
    {
        var folder = await warehouse.ExportAsync("greta", "public", "--indicators", "V04,A01");
        var sheets = GretaWorkbookReader.Read(Path.Combine(folder, "greta.xlsx"));
        var tables = GretaDefinitionFile.Tables();
        var kept = tables.Where(t => t.Indicator is "V04" or "A01").Select(t => t.Id).ToList();
        kept.Should().HaveCountGreaterThan(2);
        sheets.Select(s => s.Name).Should().Equal(["About", .. kept, "Definitions"]);
        var about = sheets[0].Rows;
        foreach (var table in tables.Where(t => !kept.Contains(t.Id)))
        {
            var row = about.Single(r => GretaWorkbookReader.Text(r, 0) == table.Id);
            row.Select(c => c as string).Should().Contain(s => s != null && s.Contains($"left out: indicator {table.Indicator} is not in this export"), table.Id);
        }

        var definitions = sheets[^1].Rows;
        var header = definitions.FindIndex(r => GretaWorkbookReader.Text(r, 0) == "Indicator");
        definitions.Skip(header + 1).Select(r => GretaWorkbookReader.Text(r, 0)).Where(t => t.Length > 0).Should().BeEquivalentTo(["A01", "V04"]);
    }

    [Fact]
    public async Task A_table_the_cube_does_not_publish_annually_is_skipped_with_its_reason_on_About()
    {
        var sql = Directory.CreateTempSubdirectory("greta-sql-");
        try
        {
            Directory.CreateDirectory(Path.Combine(sql.FullName, "exports"));
            await File.WriteAllTextAsync(Path.Combine(sql.FullName, "exports", "greta.json"), """
                { "title": "GRETA test layout", "tables": [
                  { "id": "Sex region", "title": "Victims by sex and region", "indicator": "V04", "rows": ["sex", "region"] },
                  { "id": "Sex", "title": "Victims by sex", "indicator": "V04", "rows": ["sex"] },
                  { "id": "Timeliness sex", "title": "Timeliness by sex", "indicator": "Q03", "rows": ["sex"] } ] }
                """);
            var options = new WarehouseOptions { DataDirectory = warehouse.DataPath, SqlDirectory = sql.FullName };
            var vintage = new VintageStore(options).Current()!;
            var folder = Path.Combine(warehouse.DataPath, "test-exports", $"greta-skip-{Guid.NewGuid():N}");
            await new Exporter(options, TimeProvider.System).ExportAsync(
                new ExportRequest("greta", ["V04", "Q03"], [], IndicatorRole.Public), vintage, folder, CancellationToken.None);

            var sheets = GretaWorkbookReader.Read(Path.Combine(folder, "greta.xlsx"));
            sheets.Select(s => s.Name).Should().Equal("About", "Sex", "Definitions");
            string Status(string id) => GretaWorkbookReader.Text(sheets[0].Rows.Single(r => GretaWorkbookReader.Text(r, 0) == id), 4);
            Status("Sex").Should().Be("included");
            Status("Sex region").Should().Be("skipped: indicator V04 publishes no annual table by sex × region.");
            Status("Timeliness sex").Should().Be("skipped: indicator Q03 has no breakdown by sex.");
        }
        finally
        {
            sql.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_faulty_definition_file_is_refused_naming_the_file_the_table_and_the_reason()
    {
        var folder = Directory.CreateTempSubdirectory("greta-def-");
        try
        {
            var path = Path.Combine(folder.FullName, "greta.json");
            string[] known = ["sex", "age_group"];
            void Refused(string tables, string reason)
            {
                File.WriteAllText(path, $$"""{ "title": "GRETA", "tables": [ {{tables}} ] }""");
                var act = () => GretaDefinitionReader.Read(path, known);
                act.Should().Throw<InvalidDataException>().Which.Message.Should().Contain(path).And.Contain(reason);
            }

            Refused("""{ "id": "A", "title": "t", "indicator": "V04", "rows": ["region"] }""", "'region' is not in the dimension registry");
            Refused("""{ "id": "A", "title": "t", "indicator": "V04", "rows": ["sex"] }, { "id": "a", "title": "t", "indicator": "V04", "rows": ["sex"] }""", "table 2 ('a')");
            Refused("""{ "id": "A sheet name that is longer than 31", "title": "t", "indicator": "V04", "rows": ["sex"] }""", "1 to 31");
            Refused("""{ "id": "A", "title": "t", "indicator": "V04", "rows": ["sex", "age_group", "sex"] }""", "'rows' must name one dimension");
            Refused("""{ "id": "A", "title": "t", "indicator": "V4", "rows": ["sex"] }""", "'V4' is not an indicator id");
            Refused("""{ "id": "A", "title": "t", "indicator": "V04", "rows": ["sex"], "colour": "red" }""", "unknown property 'colour'");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The rows the feed implies for a table, by the label the workbook must show: one per code of the row dimension (or a
    /// first-level subtotal and its nested codes, "A – B"), each with its annual cells by year, and "Total", the _T cell.
    /// </summary>
    private static Dictionary<string, Dictionary<int, Dictionary<string, object?>>> ExpectedRows(GretaDefinitionFile.Table table, List<Dictionary<string, object?>> annual)
    {
        var properties = annual[0].Keys.Where(k => annual[0].ContainsKey(k + "Label")).ToList();
        var rows = table.Rows.Select(GretaDefinitionFile.Property).ToList();
        var result = new Dictionary<string, Dictionary<int, Dictionary<string, object?>>>();
        foreach (var cell in annual)
        {
            if (properties.Except(rows).Any(p => (string)cell[p]! != T))
            {
                continue;
            }

            var codes = rows.Select(p => (string)cell[p]!).ToList();
            string label;
            if (codes.All(c => c == T))
            {
                label = "Total";
            }
            else if (codes[0] == T)
            {
                continue;
            }
            else
            {
                label = (string)cell[rows[0] + "Label"]!;
                if (rows.Count == 2 && codes[1] != T)
                {
                    label += GretaTableBuilder.NestedSeparator + (string)cell[rows[1] + "Label"]!;
                }
            }

            var byYear = result.TryGetValue(label, out var found) ? found : result[label] = [];
            byYear.Add(Convert.ToInt32(cell["Year"], CultureInfo.InvariantCulture), cell);
        }

        return result;
    }

    private static void CheckDefinitions(List<object?[]> rows, List<GretaDefinitionFile.Table> tables, Dictionary<string, Dictionary<string, object?>> indicators)
    {
        var header = rows.FindIndex(r => GretaWorkbookReader.Text(r, 0) == "Indicator");
        header.Should().BePositive();
        GretaWorkbookReader.Text(rows[header], 2).Should().Be("Definition");
        var body = rows.Skip(header + 1).Where(r => GretaWorkbookReader.Text(r, 0).Length > 0).ToList();
        body.Select(r => GretaWorkbookReader.Text(r, 0)).Should().BeEquivalentTo(tables.Select(t => t.Indicator).Distinct(), "one row per exported indicator");
        foreach (var row in body)
        {
            var id = GretaWorkbookReader.Text(row, 0);
            GretaWorkbookReader.Text(row, 2).Should().Be((string)indicators[id]["Definition"]!, id);
            GretaWorkbookReader.Text(row, 8).Should().Contain("GRETA", $"{id} has a GRETA reference");
        }
    }

    private static void CheckAbout(List<object?[]> rows, string role)
    {
        string Value(string key) => GretaWorkbookReader.Text(rows.Single(r => GretaWorkbookReader.Text(r, 0) == key), 1);
        Value("stats.vintage").Should().Be(Issue7Warehouse.Vintage.ToString(CultureInfo.InvariantCulture));
        Value("stats.role").Should().Be(role);
        Value("stats.format").Should().Be("greta");
        rows.SelectMany(r => r).OfType<string>().Should().Contain(s => s.Contains("vintage 2, " + role + " export"));
        rows.Select(r => GretaWorkbookReader.Text(r, 0)).Should().Contain(["c", "CONF_STATUS C", "CONF_STATUS D", "Definitions"]);
    }
}
