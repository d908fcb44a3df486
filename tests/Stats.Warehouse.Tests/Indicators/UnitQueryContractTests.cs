using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Indicators;

/// <summary>
/// Every unit query on the fixture: the columns its definition needs, no NULLs, codes from the dimension's code list,
/// and the placement rule (one reference date and one category of every additive dimension per unit and year).
/// </summary>
public sealed class UnitQueryContractTests(IndicatorFixture fixture) : IClassFixture<IndicatorFixture>
{
    [Fact]
    public async Task Every_unit_query_returns_its_columns_without_nulls_and_with_known_codes()
    {
        var wh = fixture.Warehouse;
        var dimensions = Catalogue.Dimensions();
        var checkedQueries = 0;
        foreach (var file in Catalogue.DefinitionFiles())
        {
            var d = Catalogue.Parse(file);
            if (Catalogue.String(d, "sql") is null)
            {
                continue;
            }

            var id = Catalogue.String(d, "id")!;
            var breakdowns = Catalogue.Strings(d, "breakdowns");
            var required = new[] { "unit_id", "ref_date" }.Concat(breakdowns).Concat(Catalogue.MeasureColumns(Catalogue.String(d, "measure")!)).ToList();

            await using (var command = UnitQuery.Command(wh, id, "SELECT * FROM units LIMIT 0"))
            await using (var reader = await command.ExecuteReaderAsync())
            {
                Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).Should().Contain(required, id);
                reader.GetFieldType(reader.GetOrdinal("ref_date")).Should().Be(typeof(DateOnly), id);
            }

            var nulls = string.Join(" + ", required.Select(c => $"count(*) FILTER (WHERE \"{c}\" IS NULL)"));
            (await UnitQuery.SelectAsync(wh, id, $"SELECT count(*), {nulls} FROM units"))
                .Single().Should().MatchRegex("^[1-9][0-9]*\\|0$", $"{id} returns rows and no NULL in {string.Join(", ", required)}");

            foreach (var b in breakdowns)
            {
                var codes = (await Query.LinesAsync(wh.Writer, $"SELECT code FROM ({dimensions[b].GetProperty("codes").GetString()})")).ToHashSet();
                (await UnitQuery.SelectAsync(wh, id, $"SELECT DISTINCT \"{b}\" FROM units"))
                    .Should().BeSubsetOf(codes, $"{id}.{b} holds codes of dimension {b}");
            }

            var additive = breakdowns.Where(b => dimensions[b].GetProperty("additive").GetBoolean()).ToList();
            var perUnit = string.Join(" OR ", additive.Select(b => $"count(DISTINCT \"{b}\") > 1").Prepend("count(DISTINCT ref_date) > 1"));
            (await UnitQuery.SelectAsync(wh, id,
                $"SELECT count(*) FROM (SELECT unit_id FROM units GROUP BY unit_id, year(ref_date) HAVING {perUnit})"))
                .Should().Equal(["0"], $"{id}: a unit has one reference date and one code of each additive dimension per year");
            checkedQueries++;
        }

        checkedQueries.Should().Be(26, "every indicator but the two rates has a unit query");
    }
}
