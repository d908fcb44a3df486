using System.Globalization;
using System.Text;
using Stats.Core.Indicators;

namespace Stats.Warehouse.Indicators.Aggregates;

/// <summary>
/// The parts of the cube statement (<see cref="CubeSql"/>) for lattices from aggregate returns, which read their cells
/// from <see cref="AggregateCube.Table"/> (alias t). Published values: exact → the value, contributors = the value;
/// censored → no value for anyone, CONF_STATUS C (suppressed at source); missing → no value, CONF_STATUS F (nothing is
/// hidden: nothing is known). A lattice cell without a row there is missing. Identifiers come from the validated catalogue.
/// </summary>
internal static class AggregateCubeSql
{
    /// <summary>Cell ids flagged z (not applicable); created empty for every build, read by the flags.</summary>
    public const string NotApplicableTable = "ind_not_applicable";

    /// <summary>The value columns of the SELECT: aggregate lattices from t, the others from the unit counts (alias a).</summary>
    public static void AppendValues(StringBuilder sql, IReadOnlyList<(Frequency Frequency, IReadOnlyList<string> By)> fromReturns, bool hasCounted)
    {
        var isAggregate = "(g.freq || '|' || g.table_by) IN (" +
            string.Join(", ", fromReturns.Select(l => $"'{Frequencies.Code(l.Frequency)}|{string.Join(',', l.By)}'")) + ")";
        var counted = hasCounted ? "coalesce(a.contributors, 0)" : "0";
        var value = hasCounted ? "coalesce(a.raw_value, 0)" : "0";
        sql.AppendLine(CultureInfo.InvariantCulture,
            $"    CASE WHEN {isAggregate} THEN CASE WHEN t.status = 'exact' THEN CAST(round(t.value) AS BIGINT) ELSE 0 END ELSE {counted} END AS contributors,");
        sql.AppendLine(CultureInfo.InvariantCulture, $"    CASE WHEN {isAggregate} THEN t.value ELSE {value} END AS raw_value,");
        sql.AppendLine(CultureInfo.InvariantCulture, $"    CASE WHEN {isAggregate} THEN t.value ELSE {value} END AS obs_value,");
        sql.AppendLine(CultureInfo.InvariantCulture, $"    CASE WHEN {isAggregate} AND t.status = 'censored' THEN 'C' ELSE 'F' END AS conf_status,");
        sql.AppendLine("    '' AS obs_flag, '' AS analyst_flag, CAST($estimated AS BOOLEAN) AS estimated");
    }

    /// <summary>Join condition between a cube row and a resolved aggregate cell: same period, same code on every dimension.</summary>
    public static string Join(string left, string right, IEnumerable<string> dimensions) =>
        $"{left}.freq = {right}.freq AND {left}.\"year\" = {right}.\"year\" AND {left}.period_no = {right}.period_no" +
        string.Concat(dimensions.Select(d => $" AND {left}.\"{d}\" = {right}.\"{d}\""));

    /// <summary>
    /// Records the indicator's cells that are missing because the source says 'not applicable' (flag z, set by
    /// sql/build/030_ind_flags.sql). Resolved cells are keyed by their codes, which only cells of their lattice have.
    /// </summary>
    public static string NotApplicable(IndicatorDefinition indicator) =>
        $"INSERT INTO {NotApplicableTable} SELECT c.cell_id FROM ind_cell c JOIN {AggregateCube.Table} t ON {Join("t", "c", indicator.Breakdowns)} " +
        $"WHERE c.indicator_id = $indicator_id AND t.status = 'missing' AND t.missing_reason = '{AggregateValue.NotApplicable}'";
}
