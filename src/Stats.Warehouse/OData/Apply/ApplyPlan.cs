using Microsoft.OData.UriParser.Aggregation;

namespace Stats.Warehouse.OData.Apply;

/// <summary>
/// A translated <c>$apply</c>: one SELECT returning, per group of the unfiltered relation, the requested
/// <see cref="Columns"/> (aggregates over the filtered rows) followed by the hidden unit counts
/// <see cref="ApplySqlTranslator.InUnits"/> (persons with a row passing the filter) and <see cref="ApplySqlTranslator.AllUnits"/>
/// (persons in the group), then the relaxed counts (<see cref="Relaxed"/>). <see cref="Clause"/> is the parsed clause, for the response's context URL.
/// </summary>
public sealed record ApplyPlan(SqlQuery Sql, IReadOnlyList<ApplyColumn> Columns, bool Filtered, bool Grouped, ApplyClause Clause)
{
    /// <summary>How many <see cref="ApplySqlTranslator.RelaxedPrefix"/> columns follow the unit counts (0, or one per filter conjunct).</summary>
    public int Relaxed { get; init; }
}
