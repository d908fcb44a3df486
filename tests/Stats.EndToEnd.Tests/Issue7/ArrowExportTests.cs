using System.Globalization;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// `stats export arrow`: per indicator an Arrow IPC stream which ArrowStreamReader reads back equal to the OData answer,
/// typed like the OData properties, with the provenance in the schema metadata.
/// </summary>
[Collection(Issue7Collection.Name)]
public sealed class ArrowExportTests(Issue7Warehouse warehouse, ITestOutputHelper output)
{
    [Theory]
    [InlineData("public")]
    [InlineData("analyst")]
    public async Task Every_cube_read_back_with_ArrowStreamReader_equals_the_OData_answer(string role)
    {
        var folder = await warehouse.ExportAsync("arrow", role);
        var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "metadata.json"))).RootElement;
        var createdAt = metadata.GetProperty("createdAt").GetDateTimeOffset();
        var indicators = metadata.GetProperty("indicators").EnumerateArray().ToList();
        indicators.Select(i => i.GetProperty("id").GetString()).Should().Contain(["V04", "J02", "J05", "Q03"]);

        var cells = 0;
        foreach (var indicator in indicators)
        {
            var id = indicator.GetProperty("id").GetString()!;
            var (schema, rows) = await ReadAsync(Path.Combine(folder, id + ".arrows"));
            var odata = await warehouse.ODataCellsAsync(id, role);
            cells += ExportCells.ShouldMatchOData(rows, odata, $"{role} {id}.arrows");

            schema.FieldsList.Select(f => f.Name).Should().BeEquivalentTo(odata.Values.First().Keys, $"{id}: the OData properties, no more");
            TypeOf(schema, "Year").Should().Be(ArrowTypeId.Int32);
            TypeOf(schema, "PeriodStart").Should().Be(ArrowTypeId.Date32);
            TypeOf(schema, "PeriodEnd").Should().Be(ArrowTypeId.Date32);
            TypeOf(schema, "Value").Should().Be(ArrowTypeId.Double);
            schema.GetFieldByName("Value").IsNullable.Should().BeTrue();
            TypeOf(schema, "CellKey").Should().Be(ArrowTypeId.String);
            schema.FieldsList.Any(f => f.Name == "Contributors").Should().Be(role == "analyst");
            if (role == "analyst")
            {
                TypeOf(schema, "Contributors").Should().Be(ArrowTypeId.Int64);
            }

            var meta = schema.Metadata;
            meta.Should().Contain("stats.vintage", "2").And.Contain("stats.role", role).And.Contain("stats.indicator", id)
                .And.Contain("stats.definition", indicator.GetProperty("definition").GetString());
            DateTimeOffset.Parse(meta["stats.created_at"], CultureInfo.InvariantCulture)
                .Should().BeCloseTo(createdAt, TimeSpan.FromSeconds(1), "the schema and metadata.json record the same creation time");
        }

        output.WriteLine($"{role}: {indicators.Count} cubes, {cells} cells equal to the OData answer");
        cells.Should().BeGreaterThan(1000);
    }

    [Fact]
    public async Task Years_and_indicators_options_restrict_the_streams()
    {
        var folder = await warehouse.ExportAsync("arrow", "analyst", "--years", "2025");
        var odata = await warehouse.ODataCellsAsync("V04", "analyst");
        var only2025 = odata.Where(c => ExportCells.Text(c.Value["Year"]) == "2025").ToDictionary();
        only2025.Count.Should().BeLessThan(odata.Count, "the fixture holds 2024 too");
        foreach (var file in Directory.GetFiles(folder, "*.arrows"))
        {
            var (_, rows) = await ReadAsync(file);
            rows.Should().NotContain(r => r["Year"] != "2025", Path.GetFileName(file));
        }

        ExportCells.ShouldMatchOData((await ReadAsync(Path.Combine(folder, "V04.arrows"))).Rows, only2025, "arrow --years 2025 V04");

        var one = await warehouse.ExportAsync("arrow", "public", "--indicators", "V04");
        Directory.GetFiles(one, "*.arrows").Select(Path.GetFileName).Should().Equal("V04.arrows");
        ExportCells.ShouldMatchOData((await ReadAsync(Path.Combine(one, "V04.arrows"))).Rows, await warehouse.ODataCellsAsync("V04"), "arrow --indicators V04");
    }

    private static ArrowTypeId TypeOf(Schema schema, string field) => schema.GetFieldByName(field).DataType.TypeId;

    /// <summary>Every row of the stream, every value as comparable text.</summary>
    private static async Task<(Schema Schema, List<Dictionary<string, string>> Rows)> ReadAsync(string file)
    {
        await using var stream = File.OpenRead(file);
        using var reader = new ArrowStreamReader(stream);
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadNextRecordBatchAsync() is { } batch)
        {
            using (batch)
            {
                for (var i = 0; i < batch.Length; i++)
                {
                    var row = new Dictionary<string, string>(StringComparer.Ordinal);
                    for (var c = 0; c < batch.ColumnCount; c++)
                    {
                        row[batch.Schema.FieldsList[c].Name] = ExportCells.Text(Value(batch.Column(c), i));
                    }

                    rows.Add(row);
                }
            }
        }

        return (reader.Schema, rows);
    }

    private static object? Value(IArrowArray array, int index) => array switch
    {
        _ when array.IsNull(index) => null,
        StringArray strings => strings.GetString(index),
        Int32Array ints => ints.GetValue(index),
        Int64Array longs => longs.GetValue(index),
        DoubleArray doubles => doubles.GetValue(index),
        Date32Array dates => dates.GetDateOnly(index),
        _ => throw new InvalidOperationException($"Unexpected Arrow type {array.Data.DataType.Name}."),
    };
}
