using System.Text.Json;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// `stats export parquet`: per indicator a Year-partitioned Parquet dataset which DuckDB's read_parquet (hive partitioning
/// restoring Year) reads back equal to the OData answer, with the provenance in every file's key-value metadata.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class ParquetExportTests(Issue7Warehouse warehouse, ITestOutputHelper output)
{
    [Theory]
    [InlineData("public")]
    [InlineData("analyst")]
    public async Task Every_cube_read_back_with_DuckDB_equals_the_OData_answer(string role)
    {
        var folder = await warehouse.ExportAsync("parquet", role);
        var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "metadata.json"))).RootElement;
        var indicators = metadata.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        indicators.Should().Contain(["V04", "J02", "J05", "Q03"]);
        var files = metadata.GetProperty("files").EnumerateArray().ToList();

        var cells = 0;
        foreach (var id in indicators)
        {
            var odata = await warehouse.ODataCellsAsync(id, role);
            var exported = ExportCells.Query($"SELECT * FROM read_parquet('{Glob(folder, id)}', hive_partitioning = true)");
            cells += ExportCells.ShouldMatchOData(exported, odata, $"{role} {id} parquet");

            // One partition folder per year the cube has, and Year only in the folder name, not inside the files.
            var years = odata.Values.Select(c => ExportCells.Text(c["Year"])).Distinct().Order().ToList();
            Directory.GetDirectories(Path.Combine(folder, id)).Select(Path.GetFileName).Order()
                .Should().Equal(years.Select(y => "Year=" + y), $"{id} is partitioned by Year");
            ExportCells.Query($"SELECT name FROM parquet_schema('{Glob(folder, id)}')").Select(r => r["name"])
                .Should().NotContain("Year", $"{id}: PARTITION_BY keeps Year in the folder names");

            // Every file carries the provenance and the indicator.
            var kv = ExportCells.Query($"SELECT file_name, decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('{Glob(folder, id)}')");
            var perFile = kv.GroupBy(r => r["file_name"]).ToList();
            perFile.Should().HaveCount(years.Count);
            foreach (var file in perFile)
            {
                var pairs = file.ToDictionary(r => r["key"], r => r["value"]);
                pairs.Should().Contain("stats.vintage", "2").And.Contain("stats.role", role).And.Contain("stats.indicator", id)
                    .And.Contain("stats.format", "parquet").And.ContainKey("stats.created_at");
            }

            // metadata.json lists each file with the rows its footer holds; together they are the cube.
            var listed = files.Where(f => f.GetProperty("indicator").GetString() == id).ToList();
            listed.Select(f => f.GetProperty("path").GetString()).Should().OnlyContain(p => p!.StartsWith(id + "/Year=", StringComparison.Ordinal) && p.EndsWith(".parquet", StringComparison.Ordinal));
            listed.Sum(f => f.GetProperty("rows").GetInt64()).Should().Be(odata.Count, $"{id}: rows recorded in metadata.json");
        }

        output.WriteLine($"{role}: {indicators.Count} cubes, {cells} cells equal to the OData answer");
        cells.Should().BeGreaterThan(1000);
    }

    [Fact]
    public async Task Years_and_indicators_options_restrict_the_datasets()
    {
        var folder = await warehouse.ExportAsync("parquet", "public", "--years", "2025");
        var odata = await warehouse.ODataCellsAsync("J02");
        var only2025 = odata.Where(c => ExportCells.Text(c.Value["Year"]) == "2025").ToDictionary();
        only2025.Count.Should().BeLessThan(odata.Count, "the fixture holds 2024 too");
        Directory.EnumerateDirectories(folder, "Year=*", SearchOption.AllDirectories).Select(Path.GetFileName).Distinct().Should().Equal("Year=2025");
        var exported = ExportCells.Query($"SELECT * FROM read_parquet('{Glob(folder, "J02")}', hive_partitioning = true)");
        ExportCells.ShouldMatchOData(exported, only2025, "parquet --years 2025 J02");

        var one = await warehouse.ExportAsync("parquet", "public", "--indicators", "V04");
        Directory.GetDirectories(one).Select(Path.GetFileName).Should().Equal("V04");
        ExportCells.ShouldMatchOData(
            ExportCells.Query($"SELECT * FROM read_parquet('{Glob(one, "V04")}', hive_partitioning = true)"),
            await warehouse.ODataCellsAsync("V04"), "parquet --indicators V04");
    }

    private static string Glob(string folder, string id) => Path.Combine(folder, id, "**", "*.parquet").Replace("'", "''", StringComparison.Ordinal);
}
