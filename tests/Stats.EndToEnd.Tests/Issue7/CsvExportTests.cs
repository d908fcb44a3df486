using System.Text.Json;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>`stats export csv`: every cube read back with DuckDB's read_csv equals the OData answer, for both roles.</summary>
[Collection(Issue7Collection.Name)]
public sealed class CsvExportTests(Issue7Warehouse warehouse, ITestOutputHelper output)
{
    [Theory]
    [InlineData("public")]
    [InlineData("analyst")]
    public async Task Every_cube_read_back_with_DuckDB_equals_the_OData_answer(string role)
    {
        var folder = await warehouse.ExportAsync("csv", role);
        var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "metadata.json"))).RootElement;
        metadata.GetProperty("vintage").GetInt32().Should().Be(Issue7Warehouse.Vintage);
        metadata.GetProperty("role").GetString().Should().Be(role);
        metadata.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).Should().Contain([2024, 2025]).And.BeInAscendingOrder();
        var indicators = metadata.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        indicators.Should().Contain(["V04", "J02", "J05", "Q03"]);

        var cells = 0;
        foreach (var id in indicators)
        {
            var file = Path.Combine(folder, id + ".csv");
            var exported = ExportCells.Query($"SELECT * FROM read_csv('{file}', header = true, all_varchar = true)");
            cells += ExportCells.ShouldMatchOData(exported, await warehouse.ODataCellsAsync(id, role), $"{role} {id}.csv");
        }

        output.WriteLine($"{role}: {indicators.Count} cubes, {cells} cells equal to the OData answer");
        cells.Should().BeGreaterThan(1000);
    }
}
