using Stats.Warehouse.Exports;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Publish;
using Stats.Warehouse.Tests.Support;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Tests.Aggregates;

/// <summary>
/// An indicator from a return through the whole publish: data tests, snapshot, the reader and an sdmx-csv export show
/// its cells like any other, flags included. Return (T01 by sex, k = 5), 2023: total 20, F 17, M '&lt;5', X '-' (not
/// applicable); UNK not stated. Hand-worked as in <see cref="CensoredCellTests"/>: M C, F D (hidden with it), X no value
/// with flag z, UNK no value and no flag.
/// </summary>
public sealed class PublishTests
{
    private const string Contract = "court-test";

    [Fact]
    public async Task An_indicator_from_a_return_is_published_read_and_exported_with_its_flags()
    {
        await using var wh = await AggregateWarehouse.CreateAsync(AggregateWarehouse.SexDefinition());
        await wh.DeliverAsync(Contract, "T01", "persons", ("2023", "sex=_T", "20"), ("2023", "sex=F", "17"), ("2023", "sex=M", "<5"), ("2023", "sex=X", "-"));

        var result = await new Publisher(wh.Warehouse.Database, new ManualTime(AggregateWarehouse.AsOf)).PublishAsync(wh.Warehouse.Writer, null, CancellationToken.None);

        result.Published.Should().BeTrue(string.Join("; ", result.Failures.Select(f => f.Test)));
        var store = new VintageStore(wh.Warehouse.Options);
        await using (var snapshot = await store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None))
        {
            (await Query.CountAsync(snapshot, "SELECT count(*) FROM fct_aggregate_cell")).Should().Be(4);
            (await Query.LinesAsync(snapshot, "SELECT table_by, source FROM ind_table")).Should().Equal("sex|aggregate:court-test");
            var cube = await IndicatorReader.ReadAsync(snapshot, new IndicatorRequest("T01", ["sex"], IndicatorRole.Public), CancellationToken.None);
            cube.Rows.Select(r => $"{r.Codes[0]} {r.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ":"} {r.Flags} {r.ConfStatus}")
                .Should().Equal("_T 20  F", "F : c D", "M : c C", "X : z F", "UNK :  F");
        }

        var folder = Path.Combine(wh.Warehouse.Directory, "export");
        await new Exporter(wh.Warehouse.Options, new ManualTime(AggregateWarehouse.AsOf)).ExportAsync(
            new ExportRequest("sdmx-csv", ["T01"], [], IndicatorRole.Public), store.Current()!, folder, CancellationToken.None);
        var lines = await File.ReadAllLinesAsync(Directory.EnumerateFiles(folder, "T01.csv", SearchOption.AllDirectories).Single());
        // Last three columns: OBS_VALUE, OBS_FLAG, CONF_STATUS.
        lines.Skip(1).Select(l => string.Join('|', l.Split(',')[^3..])).Order(StringComparer.Ordinal)
            .Should().Equal("20||F", "|c|C", "|c|D", "|z|F", "||F");
    }
}
