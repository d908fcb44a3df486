using System.Globalization;
using Stats.Warehouse.OData;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Tests.OData;

/// <summary>
/// Keyset paging: pages of 1, 2, 3 and 5 rows, each started after the previous page's last sort key, concatenate to the
/// unpaged answer, for orders over nullable columns in both directions and over expressions. The expected order is
/// worked out in LINQ from the hand-written rows of <see cref="ODataTestTable"/> (OData: null is the smallest value;
/// the key breaks ties), not taken from the translator.
/// </summary>
public sealed class ODataKeysetPagingTests(ODataTestTable table) : IClassFixture<ODataTestTable>
{
    // (id, name, x, v) of ODataTestTable, as written there.
    private static readonly (long Id, string? Name, int? X, double? V)[] Rows =
    [
        (1, "Abba", 5, 1.5), (2, "O'Brien", -3, null), (3, null, null, 2.5), (4, "cab", 0, -1.0), (5, "Zed", 10, 0.0),
        (6, "abc ", null, null), (7, "xyz", 7, 3.25), (8, null, 2, 10.0), (9, " trim ", -7, 4.0), (10, "ABC", 1, null),
        (11, "hello", null, 5.5), (12, "Bob", 3, -2.5),
    ];

    public static TheoryData<string?, string?> Orders => new()
    {
        { null, null },
        { "X", null },
        { "X desc", null },
        { "V desc,Name", null },
        { "Name desc,X", "X ne 10" },
        { "tolower(Name),Id desc", null },
        { "X add 1 desc", "Id gt 2" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Pages_started_after_the_last_key_concatenate_to_the_unpaged_answer(string? orderBy, string? filter)
    {
        var expected = Expected(orderBy, filter);
        foreach (var pageSize in new[] { 1, 2, 3, 5 })
        {
            var delivered = new List<long>();
            IReadOnlyList<object?>? after = null;
            for (var page = 0; page < 20; page++)
            {
                var sql = ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set,
                    new ODataQuery(filter, orderBy, null, pageSize, null, false) { After = after }, ODataTestTable.MaxTop);
                var (ids, lastKey) = await ReadAsync(sql);
                delivered.AddRange(ids);
                if (ids.Count < pageSize)
                {
                    break;
                }

                after = lastKey;
            }

            delivered.Should().Equal(expected, $"pages of {pageSize} ordered by '{orderBy}'");
        }
    }

    [Fact]
    public void A_token_with_the_wrong_number_of_sort_values_is_refused()
    {
        var act = () => ODataSqlTranslator.Translate(table.Model, ODataTestTable.Set,
            new ODataQuery(null, "X", null, 3, null, false) { After = [1L] }, ODataTestTable.MaxTop);
        act.Should().Throw<ODataQueryInvalidException>().WithMessage("*skiptoken*");
    }

    private static List<long> Expected(string? orderBy, string? filter)
    {
        var rows = Rows.AsEnumerable();
        rows = filter switch
        {
            null => rows,
            "X ne 10" => rows.Where(r => r.X != 10),
            "Id gt 2" => rows.Where(r => r.Id > 2),
            _ => throw new ArgumentException(filter),
        };
        IOrderedEnumerable<(long Id, string? Name, int? X, double? V)> ordered = orderBy switch
        {
            null => rows.OrderBy(r => r.Id),
            "X" => rows.OrderBy(r => r.X).ThenBy(r => r.Id),
            "X desc" => rows.OrderByDescending(r => r.X).ThenBy(r => r.Id),
            "V desc,Name" => rows.OrderByDescending(r => r.V).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id),
            "Name desc,X" => rows.OrderByDescending(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.X).ThenBy(r => r.Id),
            "tolower(Name),Id desc" => rows.OrderBy(r => r.Name?.ToLowerInvariant(), StringComparer.Ordinal).ThenByDescending(r => r.Id),
            "X add 1 desc" => rows.OrderByDescending(r => r.X + 1).ThenBy(r => r.Id),
            _ => throw new ArgumentException(orderBy),
        };

        // LINQ's default comparer puts null first ascending and last descending, as OData does.
        return ordered.Select(r => r.Id).ToList();
    }

    private async Task<(List<long> Ids, List<object?> LastKey)> ReadAsync(SqlQuery sql)
    {
        await using var command = table.Connection.CreateCommand(sql.Sql, [.. sql.Parameters]);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i).StartsWith(ODataSqlTranslator.KeyColumnPrefix, StringComparison.Ordinal)).ToList();
        var idColumn = reader.GetOrdinal("Id");
        var ids = new List<long>();
        var last = new List<object?>();
        while (await reader.ReadAsync())
        {
            ids.Add(Convert.ToInt64(reader.GetValue(idColumn), CultureInfo.InvariantCulture));
            last = keys.Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToList();
        }

        return (ids, last);
    }
}
