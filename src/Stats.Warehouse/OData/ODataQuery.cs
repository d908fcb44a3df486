namespace Stats.Warehouse.OData;

/// <summary>The raw system query options of one request ($filter, $orderby, $select text; $top, $skip; $count).</summary>
public sealed record ODataQuery(string? Filter, string? OrderBy, string? Select, long? Top, long? Skip, bool Count);
