using DuckDB.NET.Data;
using Stats.Warehouse.OData;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.OData;

/// <summary>
/// Only checked catalogue values reach a Relation: a copy of the published snapshot gets catalogue rows that must be
/// left out (an id that is not ^[A-Z][0-9]{2}[A-Z]?$, an indicator with an unknown breakdown, a dimension with no column).
/// </summary>
public sealed class PublishedSetsCatalogueCheckTests(PublishedSetsSnapshot fixture) : IClassFixture<PublishedSetsSnapshot>
{
    [Fact]
    public async Task Catalogue_rows_that_fail_the_checks_are_left_out_and_the_rest_is_served()
    {
        var copy = Path.Combine(Path.GetTempPath(), "published-sets-" + Guid.NewGuid().ToString("N") + ".duckdb");
        File.Copy(fixture.FilePath, copy);
        try
        {
            await using var connection = new DuckDBConnection("DataSource=" + copy);
            await connection.OpenAsync();
            await connection.ExecuteAsync(
                """
                INSERT INTO ind_indicator SELECT * REPLACE ('V04''); DROP TABLE ind_cell; --' AS indicator_id) FROM ind_indicator WHERE indicator_id = 'V04';
                INSERT INTO ind_indicator SELECT * REPLACE ('Z99' AS indicator_id, 'sex,colour' AS breakdowns) FROM ind_indicator WHERE indicator_id = 'V04';
                INSERT INTO ind_cell SELECT * REPLACE ('Z99' AS indicator_id) FROM ind_cell WHERE indicator_id = 'V04';
                INSERT INTO ind_dimension VALUES ('colour', 'Colour', true, NULL, 99), ('Bad Dim', 'Bad', true, NULL, 100);
                """,
                CancellationToken.None);

            var sets = await PublishedSets.ReadAsync(connection, ODataRole.Public, CancellationToken.None);
            var names = sets.Select(s => s.Name).ToList();
            names.Should().Contain("Indicator_V04").And.NotContain(n => n.Contains("Z99", StringComparison.Ordinal) || n.Contains('\''));
            names.Count(n => n.StartsWith("Indicator_", StringComparison.Ordinal)).Should().Be(30);
            sets.Should().OnlyContain(s => !s.Relation.Contains("colour", StringComparison.Ordinal) && !s.Relation.Contains("Bad Dim", StringComparison.Ordinal)
                && !s.Relation.Contains("DROP", StringComparison.Ordinal));

            // dimensions.json registers 18 dimensions; the two added rows are not served.
            var model = FlatModel.Build(sets);
            var count = ODataSqlTranslator.TranslateCount(model, sets.Single(s => s.Name == "Dimensions"), null);
            (await Query.CountAsync(connection, count.Sql)).Should().Be(18);
            var indicators = ODataSqlTranslator.TranslateCount(model, sets.Single(s => s.Name == "Indicators"), null);
            (await Query.CountAsync(connection, indicators.Sql)).Should().Be(30);
        }
        finally
        {
            File.Delete(copy);
            File.Delete(copy + ".wal");
        }
    }
}
