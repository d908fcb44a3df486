namespace Stats.Warehouse.OData;

/// <summary>
/// The raw system query options of one request ($filter, $orderby, $select text; $top, $skip; $count), and for a next
/// page the sort-key values of the last row already delivered (<see cref="After"/>, in the order of
/// <see cref="ODataSqlTranslator.Translate"/>'s key columns): the page then starts strictly after that row.
/// </summary>
public sealed record ODataQuery(string? Filter, string? OrderBy, string? Select, long? Top, long? Skip, bool Count)
{
    public IReadOnlyList<object?>? After { get; init; }
}
