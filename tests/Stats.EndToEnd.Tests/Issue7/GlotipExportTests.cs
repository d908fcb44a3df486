using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// `stats export glotip` (issue 7 item 3): glotip.csv has exactly UNODC's bulk columns, and every row equals the value
/// recomputed here from the OData answer (public: '&lt;k' for primary suppression, empty for secondary and for groups with a
/// suppressed component; analyst: raw values). An unknown reporting country is refused with a clear error.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class GlotipExportTests(Issue7Warehouse warehouse, ITestOutputHelper output)
{
    private const string Header =
        "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,VALUE,Source";

    private static readonly string[] Eu27 =
        ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];

    private static readonly string[] CouncilOfEuropeOnly =
        ["AL", "AD", "AM", "AZ", "BA", "GE", "IS", "LI", "MD", "MC", "ME", "MK", "NO", "SM", "RS", "CH", "TR", "UA", "GB"];

    [Theory]
    [InlineData("public")]
    [InlineData("analyst")]
    public async Task Every_row_equals_the_value_recomputed_from_the_OData_cells(string role)
    {
        var folder = await warehouse.ExportAsync("glotip", role);
        var file = Path.Combine(folder, "glotip.csv");
        var lines = await File.ReadAllLinesAsync(file, Encoding.UTF8);
        lines[0].TrimStart('\uFEFF').Should().Be(Header);
        var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "metadata.json"))).RootElement;
        var definition = EurostatExportTests.Definition("glotip.json");

        var texts = definition.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("indicator").GetString()!, i => i.GetProperty("text").GetString()!);
        texts.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["V04"] = "Detected trafficking victims", ["J02"] = "Persons brought into formal contact", ["J03"] = "Persons prosecuted", ["J05"] = "Persons convicted",
        });

        var exported = ExportCells.Query($"SELECT * FROM read_csv('{file}', header = true, all_varchar = true)");
        exported.Should().OnlyContain(r => r["Iso3_code"] == "AUT" && r["Country"] == "Austria" && r["Region"] == "Europe"
            && r["Subregion"] == "Western Europe" && r["Unit of measurement"] == "Counts");
        var actual = exported.ToDictionary(r => string.Join('|', r["Indicator"], r["Dimension"], r["Category"], r["Sex"], r["Age"], r["Year"]), r => r);
        actual.Should().HaveCount(exported.Count, "one row per indicator, dimension, category, sex, age and year");

        var sexMap = EurostatExportTests.CodeList(definition.GetProperty("sex"))!;
        var ageMap = EurostatExportTests.CodeList(definition.GetProperty("age"))!;
        (sexMap["_T"], sexMap["F"], sexMap["M"], ageMap["_T"], ageMap["Y_LT18"], ageMap["Y_GE18"])
            .Should().Be(("Total", "Female", "Male", "Total", "0 to 17 years", "18 years or over"));
        var prefix = definition.GetProperty("sources").GetProperty("prefix").GetString()!;
        var sourceTexts = definition.GetProperty("sources").GetProperty("texts").EnumerateObject().ToDictionary(s => s.Name, s => s.Value.GetString()!);

        var expected = new Dictionary<string, (EurostatExportTests.Expected Cell, string Source, int K)>();
        foreach (var (indicator, text) in texts)
        {
            var cells = (await warehouse.ODataCellsAsync(indicator, role)).Values.Where(c => (string)c["Frequency"]! == "A").ToList();
            var entry = metadata.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == indicator);
            var k = entry.GetProperty("disclosureK").GetInt32();
            var source = prefix + string.Join("; ", entry.GetProperty("sources").EnumerateArray().Select(s => sourceTexts[s.GetString()!]));
            foreach (var dimension in definition.GetProperty("dimensions").EnumerateArray())
            {
                var columns = new List<(string, Dictionary<string, string>?)> { ("sex", sexMap), ("age_group", ageMap) };
                var breakdown = dimension.GetProperty("breakdown").GetString();
                if (breakdown is not null)
                {
                    columns.Add((breakdown, dimension.GetProperty("codes").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetString()!)));
                }

                var recomputed = EurostatExportTests.Recompute(
                    cells, EurostatExportTests.Breakdowns(metadata, indicator), EurostatExportTests.CubeTables(dimension), columns, role);
                foreach (var (key, cell) in recomputed)
                {
                    var parts = key.Split('|');
                    var category = breakdown is null ? dimension.GetProperty("category").GetString()! : parts[2];
                    expected.Add(string.Join('|', text, dimension.GetProperty("dimension").GetString(), category, parts[0], parts[1], parts[^1]), (cell, source, k));
                }
            }
        }

        actual.Keys.Should().BeEquivalentTo(expected.Keys, $"{role}: one row per recomputed cell");
        int primary = 0, groupedSuppressed = 0;
        foreach (var (key, (cell, source, k)) in expected)
        {
            var value = role == "public" && cell.Value.Length == 0 && cell.ConfStatus == "C" ? "<" + k.ToString(CultureInfo.InvariantCulture) : cell.Value;
            actual[key]["VALUE"].Should().Be(value, $"{role} {key}");
            actual[key]["Source"].Should().Be(source);
            primary += value.StartsWith('<') ? 1 : 0;
            groupedSuppressed += cell.Components > 1 && cell.AnySuppressed ? 1 : 0;
        }

        if (role == "public")
        {
            EurostatExportTests.NoSmallNumbers(exported.Select(r => r["VALUE"]), 5, "glotip.csv");
            primary.Should().BeGreaterThan(0, "small cells are published as <5, as UNODC does");
            groupedSuppressed.Should().BeGreaterThan(0);
            expected.Where(e => e.Value.Cell.Components > 1 && e.Value.Cell.AnySuppressed)
                .Should().OnlyContain(e => actual[e.Key]["VALUE"] == "", "a group that sums a suppressed cell is itself suppressed, without '<k'");
        }
        else
        {
            // Analysts get every raw value there is; only cells without one anywhere (suppressed at source by the court
            // registry, or a category its table does not state) stay empty, exactly as the OData cells say.
            exported.Should().OnlyContain(r => !r["VALUE"].StartsWith('<'), "analysts never get '<k'");
            exported.Count(r => r["VALUE"].Length == 0).Should().Be(expected.Count(e => e.Value.Cell.Value.Length == 0), "analysts get every raw value there is");
        }

        output.WriteLine($"{role}: {exported.Count} rows recomputed from OData; {primary} written <5, {groupedSuppressed} grouped categories with a suppressed component");
        exported.Count.Should().BeGreaterThan(300);
    }

    [Fact]
    public void The_country_table_covers_every_EU_and_Council_of_Europe_state()
    {
        var countries = EurostatExportTests.Definition("glotip.json").GetProperty("countries").GetProperty("list").EnumerateArray()
            .ToDictionary(c => c.GetProperty("iso2").GetString()!, c => (Iso3: c.GetProperty("iso3").GetString()!, Region: c.GetProperty("region").GetString()!));
        countries.Keys.Should().Contain(Eu27).And.Contain(CouncilOfEuropeOnly);
        (Eu27.Length + CouncilOfEuropeOnly.Length).Should().Be(46, "the Council of Europe has 46 member states, the EU 27 among them");

        // ISO3 codes from the country seed, an independent list.
        var seed = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "sql", "seeds", "country.csv")).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1]);
        countries.Should().OnlyContain(c => seed[c.Key] == c.Value.Iso3);
        countries["CY"].Region.Should().Be("Asia", "UNODC's bulk data follows the M49 regions, which place Cyprus in Western Asia");
    }

    [Fact]
    public async Task An_unknown_reporting_country_is_refused_with_a_clear_error()
    {
        using var copy = new TempDataFolder();
        var vintages = Path.Combine(copy.Path, "vintages");
        Directory.CreateDirectory(vintages);
        foreach (var name in new[] { "current.json", "vintage-000002.json", "vintage-000002.duckdb" })
        {
            File.Copy(Path.Combine(warehouse.DataPath, "vintages", name), Path.Combine(vintages, name));
        }

        // What publishing with Warehouse:ReportingCountry = ZZ records in meta_vintage.
        using (var connection = new DuckDBConnection($"Data Source={Path.Combine(vintages, "vintage-000002.duckdb")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta_vintage SET reporting_country = 'ZZ'";
            command.ExecuteNonQuery().Should().Be(1);
        }

        var run = await CliRun.RunAsync("export", "glotip", "--data", copy.Path, "--out", Path.Combine(copy.Path, "out"));
        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("'ZZ'").And.Contain("glotip.json").And.Contain("Warehouse:ReportingCountry");
        Directory.Exists(Path.Combine(copy.Path, "out")).Should().BeFalse("a refused export writes nothing");
        output.WriteLine(run.Error.Trim());
    }
}
