using System.Globalization;
using System.Text;
using Stats.Core.Indicators;
using Stats.Warehouse.Indicators.Aggregates;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// Generates the statement that fills ind_cell for one counted indicator: distinct units per period and lattice cell
/// (GROUPING SETS over the unit table), joined onto the complete grid of codes so that empty cells are published as
/// zeros. Lattices whose source is an aggregate return take their cells from the resolved return instead
/// (<see cref="AggregateCubeSql"/>). Generated, like intake SQL, because its shape follows the definition; identifiers
/// come only from the validated catalogue (dimension ids and indicator ids are checked patterns), values are parameters.
/// </summary>
internal static class CubeSql
{
    public static string Insert(IndicatorCatalogue catalogue, IndicatorDefinition indicator)
    {
        var lattices = Lattices.Of(indicator);
        var fromReturns = lattices.Where(l => indicator.LatticeSource(l.By, l.Frequency).IsAggregate).ToList();
        var counted = lattices.Where(l => indicator.LatticeSource(l.By, l.Frequency).IsMicrodata).ToList();
        var used = UsedDimensions(catalogue, lattices);
        var countedUsed = UsedDimensions(catalogue, counted);
        var dense = indicator.Measure is IndicatorMeasure.Count or IndicatorMeasure.Sum;
        var sql = new StringBuilder();
        sql.AppendLine("INSERT INTO ind_cell BY NAME");
        sql.Append("WITH ");
        if (counted.Count > 0)
        {
            sql.AppendLine("u AS (");
            sql.AppendLine(CultureInfo.InvariantCulture, $"    SELECT *, CAST(year(ref_date) AS INTEGER) AS y_, CAST(quarter(ref_date) AS INTEGER) AS q_, CAST(month(ref_date) AS INTEGER) AS m_ FROM {UnitQueries.TableOf(indicator)}");
            sql.AppendLine("),");
            AppendAggregate(sql, indicator, counted, countedUsed);
            sql.AppendLine(",");
        }

        AppendGrid(sql, catalogue, indicator, lattices, dense);
        sql.AppendLine();

        sql.AppendLine("SELECT");
        sql.AppendLine("    g.*,");
        sql.AppendLine("    CAST($offset AS BIGINT) + row_number() OVER (ORDER BY g.freq, g.\"year\", g.period_no, g.table_by, g.cell_key) AS cell_id,");
        sql.AppendLine("    CAST($indicator_id AS VARCHAR) AS indicator_id,");
        sql.AppendLine("    CAST($unit AS VARCHAR) AS unit,");
        if (fromReturns.Count == 0)
        {
            sql.AppendLine("    coalesce(a.contributors, 0) AS contributors,");
            sql.AppendLine(dense ? "    coalesce(a.raw_value, 0) AS raw_value," : "    a.raw_value AS raw_value,");
            sql.AppendLine(dense ? "    coalesce(a.raw_value, 0) AS obs_value," : "    a.raw_value AS obs_value,");
            sql.AppendLine("    'F' AS conf_status, '' AS obs_flag, '' AS analyst_flag, CAST($estimated AS BOOLEAN) AS estimated");
        }
        else
        {
            AggregateCubeSql.AppendValues(sql, fromReturns, counted.Count > 0);
        }

        // Max and ratio have no value without units, so only cells with units exist; counts and sums are zero-filled.
        if (counted.Count > 0)
        {
            sql.AppendLine(dense ? "FROM grid g LEFT JOIN agg a" : "FROM grid g JOIN agg a");
            sql.Append("    ON a.freq = g.freq AND a.\"year\" = g.\"year\" AND a.period_no = g.period_no");
            foreach (var d in countedUsed)
            {
                sql.Append(CultureInfo.InvariantCulture, $" AND a.\"{d}\" = g.\"{d}\"");
            }
        }
        else
        {
            sql.Append("FROM grid g");
        }

        if (fromReturns.Count > 0)
        {
            sql.AppendLine();
            sql.Append(CultureInfo.InvariantCulture, $"LEFT JOIN {AggregateCube.Table} t ON {AggregateCubeSql.Join("t", "g", used)}");
        }

        sql.AppendLine(";");
        return sql.ToString();
    }

    private static List<string> UsedDimensions(IndicatorCatalogue catalogue, IReadOnlyList<(Frequency Frequency, IReadOnlyList<string> By)> lattices) =>
        catalogue.Dimensions.Select(d => d.Id).Where(d => lattices.Any(l => l.By.Contains(d, StringComparer.Ordinal))).ToList();

    private static void AppendAggregate(
        StringBuilder sql, IndicatorDefinition indicator, IReadOnlyList<(Frequency Frequency, IReadOnlyList<string> By)> lattices, List<string> used)
    {
        var hasQ = lattices.Any(l => l.Frequency == Frequency.Quarterly);
        var hasM = lattices.Any(l => l.Frequency == Frequency.Monthly);
        var freq = (hasM ? "WHEN grouping(m_) = 0 THEN 'M' " : string.Empty) + (hasQ ? "WHEN grouping(q_) = 0 THEN 'Q' " : string.Empty);
        var period = (hasM ? "WHEN grouping(m_) = 0 THEN m_ " : string.Empty) + (hasQ ? "WHEN grouping(q_) = 0 THEN q_ " : string.Empty);
        sql.AppendLine("agg AS (");
        sql.AppendLine("    SELECT");
        sql.AppendLine(freq.Length == 0 ? "        'A' AS freq," : $"        CASE {freq}ELSE 'A' END AS freq,");
        sql.AppendLine("        y_ AS \"year\",");
        sql.AppendLine(period.Length == 0 ? "        0 AS period_no," : $"        CAST(CASE {period}ELSE 0 END AS INTEGER) AS period_no,");
        foreach (var d in used)
        {
            sql.AppendLine(CultureInfo.InvariantCulture, $"        CASE WHEN grouping(\"{d}\") = 1 THEN '_T' ELSE CAST(\"{d}\" AS VARCHAR) END AS \"{d}\",");
        }

        sql.AppendLine("        count(DISTINCT unit_id) AS contributors,");
        sql.AppendLine(CultureInfo.InvariantCulture, $"        {ValueExpression(indicator)} AS raw_value");
        sql.AppendLine("    FROM u");
        var sets = lattices.Select(l =>
        {
            var columns = new List<string> { "y_" };
            if (l.Frequency == Frequency.Quarterly)
            {
                columns.Add("q_");
            }
            else if (l.Frequency == Frequency.Monthly)
            {
                columns.Add("m_");
            }

            columns.AddRange(l.By.Select(b => $"\"{b}\""));
            return "(" + string.Join(", ", columns) + ")";
        });
        sql.AppendLine(CultureInfo.InvariantCulture, $"    GROUP BY GROUPING SETS ({string.Join(", ", sets)})");
        sql.Append(')');
    }

    private static string ValueExpression(IndicatorDefinition indicator) => indicator.Measure switch
    {
        IndicatorMeasure.Count => "CAST(count(DISTINCT unit_id) AS DOUBLE)",
        IndicatorMeasure.Sum => "CAST(sum(value) AS DOUBLE)",
        IndicatorMeasure.Max => "CAST(max(value) AS DOUBLE)",
        IndicatorMeasure.Ratio => string.Create(
            CultureInfo.InvariantCulture, $"{indicator.Factor:R} * CAST(sum(numerator) AS DOUBLE) / nullif(CAST(sum(denominator) AS DOUBLE), 0)"),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Measure, "Rates are not built from units."),
    };

    private static void AppendGrid(
        StringBuilder sql, IndicatorCatalogue catalogue, IndicatorDefinition indicator, IReadOnlyList<(Frequency Frequency, IReadOnlyList<string> By)> lattices, bool dense)
    {
        var dimensions = catalogue.Dimensions.Select(d => d.Id).ToList();
        sql.AppendLine("grid AS (");
        var first = true;
        foreach (var (frequency, by) in lattices)
        {
            if (!first)
            {
                sql.AppendLine("    UNION ALL");
            }

            first = false;
            var name = string.Join(',', by);
            var key = CellKey(by);
            sql.Append(CultureInfo.InvariantCulture, $"    SELECT p.freq, p.\"year\", p.period_no, p.time_period, p.period_start, p.period_end, '{name}' AS table_by, ");
            sql.Append(CultureInfo.InvariantCulture, $"concat_ws('|', p.freq, p.time_period, {key}) AS cell_key");
            foreach (var d in dimensions)
            {
                var index = IndexOf(by, d);
                sql.Append(index >= 0 ? $", c{index}.code AS \"{d}\"" : $", '_T' AS \"{d}\"");
            }

            sql.AppendLine();
            sql.Append("    FROM ind_period p");
            // Codes seen in the data join the code list: in the units, or in the cells resolved from an aggregate return.
            var fromUnits = indicator.LatticeSource(by, frequency).IsMicrodata;
            string Seen(string d) => fromUnits
                ? $"SELECT DISTINCT CAST(\"{d}\" AS VARCHAR) FROM {UnitQueries.TableOf(indicator)}"
                : $"SELECT DISTINCT \"{d}\" FROM {AggregateCube.Table} WHERE \"{d}\" <> '_T'";
            for (var i = 0; i < by.Count; i++)
            {
                sql.Append(CultureInfo.InvariantCulture, $" CROSS JOIN (SELECT code FROM ind_code WHERE dimension = '{by[i]}' UNION {Seen(by[i])}) c{i}");
            }

            sql.AppendLine(CultureInfo.InvariantCulture, $" WHERE p.freq = '{Frequencies.Code(frequency)}'{(dense ? " AND p.substantive" : string.Empty)}");
        }

        sql.Append(')');
    }

    /// <summary>'sex=F;age_group=Y_LT18': the cell's coordinates off the total, in registry order (stable across vintages).</summary>
    private static string CellKey(IReadOnlyList<string> by) =>
        by.Count == 0 ? "''" : "concat_ws(';', " + string.Join(", ", by.Select((b, i) => $"'{b}=' || c{i}.code")) + ")";

    private static int IndexOf(IReadOnlyList<string> by, string dimension)
    {
        for (var i = 0; i < by.Count; i++)
        {
            if (string.Equals(by[i], dimension, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
