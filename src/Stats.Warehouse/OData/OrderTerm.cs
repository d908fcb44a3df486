namespace Stats.Warehouse.OData;

/// <summary>
/// One term of a page's total order: translated SQL, its direction (nulls sort first ascending, last descending) and its
/// published type when known, against which a $skiptoken's sort value is checked before it reaches DuckDB.
/// </summary>
internal sealed record OrderTerm(string Expression, bool Ascending, FlatType? Type = null);
