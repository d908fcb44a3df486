namespace Stats.Warehouse.OData;

/// <summary>One term of a page's total order: translated SQL and its direction (nulls sort first ascending, last descending).</summary>
internal sealed record OrderTerm(string Expression, bool Ascending);
