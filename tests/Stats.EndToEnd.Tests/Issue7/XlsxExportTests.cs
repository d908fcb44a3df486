using System.IO.Packaging;
using System.Text;
using System.Text.Json;
using ExcelDataReader;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// `stats export xlsx`: per indicator a workbook whose Data sheet ExcelDataReader reads back equal to the OData answer
/// (numbers as numbers, dates as dates, a suppressed value as an empty cell), with an About sheet and core properties
/// naming the vintage and role.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class XlsxExportTests(Issue7Warehouse warehouse, ITestOutputHelper output)
{
    [Theory]
    [InlineData("public")]
    [InlineData("analyst")]
    public async Task Every_cube_read_back_with_ExcelDataReader_equals_the_OData_answer(string role)
    {
        var folder = await warehouse.ExportAsync("xlsx", role);
        var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "metadata.json"))).RootElement;
        var indicators = metadata.GetProperty("indicators").EnumerateArray().ToList();
        indicators.Select(i => i.GetProperty("id").GetString()).Should().Contain(["V04", "J02", "J05", "Q03"]);

        var cells = 0;
        var suppressed = 0;
        foreach (var indicator in indicators)
        {
            var id = indicator.GetProperty("id").GetString()!;
            var file = Path.Combine(folder, id + ".xlsx");
            var sheets = Read(file);
            sheets.Keys.Should().Equal("Data", "About");
            var odata = await warehouse.ODataCellsAsync(id, role);
            var header = sheets["Data"][0].Select(h => (string)h!).ToList();
            header.Should().BeEquivalentTo(odata.Values.First().Keys, $"{id}: the OData properties, no more");
            var rows = Rows(sheets["Data"]);
            cells += ExportCells.ShouldMatchOData(rows, odata, $"{role} {id}.xlsx");
            suppressed += odata.Values.Count(c => c["Value"] is null);

            // Numbers and dates are typed cells, not text that looks like them.
            var first = sheets["Data"][1];
            first[header.IndexOf("Year")].Should().BeOfType<double>();
            first[header.IndexOf("PeriodStart")].Should().BeOfType<DateTime>();

            var about = sheets["About"].Skip(1).Where(r => r[0] is string).ToDictionary(r => (string)r[0]!, r => r[1] as string ?? "");
            about.Should().Contain("stats.vintage", "2").And.Contain("stats.role", role).And.Contain("indicator", id)
                .And.Contain("definition", indicator.GetProperty("definition").GetString()!)
                .And.Contain("flag c", "confidential (suppressed)").And.ContainKey("disclosure");
            about["disclosure"].Should().Contain(role == "analyst" ? "NOT FOR PUBLICATION" : "disclosure control applied");

            using var package = Package.Open(file, FileMode.Open, FileAccess.Read);
            package.PackageProperties.Creator.Should().Be("stats");
            package.PackageProperties.Title.Should().StartWith(id + " ");
            package.PackageProperties.Description.Should().Contain("Vintage 2").And.Contain(role + " export");
            package.PackageProperties.Created.Should().NotBeNull();
        }

        output.WriteLine($"{role}: {indicators.Count} workbooks, {cells} cells equal to the OData answer, {suppressed} of them empty values");
        cells.Should().BeGreaterThan(1000);
        if (role == "public")
        {
            suppressed.Should().BeGreaterThan(0, "a public export has suppressed cells, written as empty Value cells");
        }
    }

    [Fact]
    public async Task Years_and_indicators_options_restrict_the_workbooks()
    {
        var folder = await warehouse.ExportAsync("xlsx", "public", "--years", "2025");
        var odata = await warehouse.ODataCellsAsync("J05");
        var only2025 = odata.Where(c => ExportCells.Text(c.Value["Year"]) == "2025").ToDictionary();
        only2025.Count.Should().BeLessThan(odata.Count, "the fixture holds 2024 too");
        foreach (var file in Directory.GetFiles(folder, "*.xlsx"))
        {
            Rows(Read(file)["Data"]).Should().NotContain(r => r["Year"] != "2025", Path.GetFileName(file));
        }

        ExportCells.ShouldMatchOData(Rows(Read(Path.Combine(folder, "J05.xlsx"))["Data"]), only2025, "xlsx --years 2025 J05");

        var one = await warehouse.ExportAsync("xlsx", "analyst", "--indicators", "V04");
        Directory.GetFiles(one, "*.xlsx").Select(Path.GetFileName).Should().Equal("V04.xlsx");
        ExportCells.ShouldMatchOData(Rows(Read(Path.Combine(one, "V04.xlsx"))["Data"]), await warehouse.ODataCellsAsync("V04", "analyst"), "xlsx --indicators V04");
    }

    /// <summary>Every sheet of the workbook, in order, as rows of typed values (ExcelDataReader: string, double, DateTime, null).</summary>
    private static Dictionary<string, List<object?[]>> Read(string file)
    {
        // ExcelDataReader asks for code page 1252 (its default for legacy formats) even when it opens an xlsx.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(file);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new Dictionary<string, List<object?[]>>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.GetValue(i);
                }

                rows.Add(row);
            }

            sheets.Add(reader.Name, rows);
        }
        while (reader.NextResult());
        return sheets;
    }

    /// <summary>The Data sheet's rows under its header, every value as comparable text.</summary>
    private static List<Dictionary<string, string>> Rows(List<object?[]> sheet)
    {
        var header = sheet[0].Select(h => (string)h!).ToList();
        return sheet.Skip(1).Select(r => header.Select((h, i) => (h, ExportCells.Text(i < r.Length ? r[i] : null))).ToDictionary(p => p.h, p => p.Item2)).ToList();
    }
}
