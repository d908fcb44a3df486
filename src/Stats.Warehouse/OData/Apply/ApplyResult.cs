using Microsoft.OData.UriParser.Aggregation;

namespace Stats.Warehouse.OData.Apply;

/// <summary>
/// A protected <c>$apply</c> result: one row per group that has rows after the filter, in group order; a suppressed row
/// (<see cref="ApplyRow.Status"/> not Free) keeps its group values and has every aggregate null.
/// </summary>
public sealed record ApplyResult(IReadOnlyList<ApplyColumn> Columns, IReadOnlyList<ApplyRow> Rows, ApplyClause Clause, int K);
