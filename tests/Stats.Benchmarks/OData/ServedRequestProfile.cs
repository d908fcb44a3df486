using System.Globalization;
using Stats.Api;
using Stats.Warehouse.OData;

namespace Stats.Benchmarks.OData;

/// <summary>
/// Where one feed request's time goes, measured in-process without HTTP: opening a serving connection
/// (<see cref="ServedModel.OpenConnectionAsync"/>, as FeedEndpoint does per request) when no other connection holds the
/// database open and when one does, and the translated page query (the same SQL FeedEndpoint runs) on an open connection.
/// </summary>
internal static class ServedRequestProfile
{
    public static async Task<ServedRequestTimes> PrintAsync(ServedModel served, string setName, string? filter, long top, int runs, CancellationToken ct)
    {
        var set = served.FindSet(setName) ?? throw new InvalidOperationException($"No set {setName}.");
        // FeedEndpoint reads one row more than the page to know whether a next link is due; the page size is 1000.
        var sql = ODataSqlTranslator.Translate(served.Model, set, new ODataQuery(filter, null, null, top + 1, 0, false), 1001);

        var alone = await Timing.MeasureAsync(async () => await (await served.OpenConnectionAsync(ct)).DisposeAsync(), 1, runs);
        Timing shared, query, inlined, bare;
        await using (var holder = await served.OpenConnectionAsync(ct))
        {
            shared = await Timing.MeasureAsync(async () => await (await served.OpenConnectionAsync(ct)).DisposeAsync(), 1, runs);
            query = await Timing.MeasureAsync(() => FeedReader.ReadAsync(holder, set, sql, (int)top, ct), 1, runs);
            // Diagnosis of the query's cost: the same SQL with the parameters written as literals (what DuckDB can prune
            // with), and the bare page of ind_cell without the label joins. Values are this benchmark's own constants.
            var literal = sql.Parameters.Aggregate(sql.Sql, (text, p) =>
                text.Replace("$" + p.Name, Convert.ToString(p.Value, CultureInfo.InvariantCulture), StringComparison.Ordinal));
            inlined = await Timing.MeasureAsync(() => FeedReader.ReadAsync(holder, set, new SqlQuery(literal, []), (int)top, ct), 1, runs);
            bare = await Timing.MeasureAsync(() => ScanAsync(holder, setName, top, ct), 1, runs);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// per request, in-process, median of {runs}: open+close a serving connection with no other open {Ms(alone.Median)}, "
            + $"with another one open {Ms(shared.Median)}; page query on an open connection {Ms(query.Median)} "
            + $"(parameters inlined as literals {Ms(inlined.Median)}; bare ind_cell page without label joins {Ms(bare.Median)})"));
        return new ServedRequestTimes(runs, alone.Median, shared.Median, query.Median, inlined.Median, bare.Median);
    }

    private static async Task ScanAsync(DuckDB.NET.Data.DuckDBConnection connection, string setName, long top, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM ind_cell WHERE indicator_id = $id AND \"year\" = 2025 ORDER BY cell_key LIMIT $top";
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("id", setName["Indicator_".Length..]));
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("top", top + 1));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }
        }
    }

    private static string Ms(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1000:N2} ms");
}
