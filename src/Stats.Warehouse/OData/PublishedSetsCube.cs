using System.Text;

namespace Stats.Warehouse.OData;

/// <summary>
/// The flat entity set of one indicator cube: one row per published cell (every table, frequency and period), with a
/// code and a label column per dimension the indicator allows ('_T' is the total, labelled 'Total'). Public readers get
/// the disclosure-controlled value and flags; analysts the raw value, analyst flags and the number of contributors.
/// </summary>
internal static class PublishedSetsCube
{
    /// <summary>Property names every cube set has; a dimension whose PascalCase name collides with one is a catalogue error.</summary>
    public static readonly IReadOnlySet<string> FixedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "CellKey", "Frequency", "TimePeriod", "Year", "PeriodStart", "PeriodEnd", "Value", "Flags", "ConfStatus", "Unit", "Contributors",
    };

    /// <param name="indicatorId">Checked against the id pattern by the caller.</param>
    /// <param name="dimensions">The indicator's breakdowns, in registry order, already checked.</param>
    /// <param name="role">Chooses the value, flags and whether contributors are published.</param>
    public static FlatEntitySet Build(string indicatorId, IReadOnlyList<PublishedSetsDimension> dimensions, ODataRole role)
    {
        var properties = new List<FlatProperty>
        {
            new("CellKey", "CellKey", FlatType.String, false),
            new("Frequency", "Frequency", FlatType.String, false),
            new("TimePeriod", "TimePeriod", FlatType.String, false),
            new("Year", "Year", FlatType.Int32, false),
            new("PeriodStart", "PeriodStart", FlatType.Date, false),
            new("PeriodEnd", "PeriodEnd", FlatType.Date, false),
        };
        var select = new StringBuilder(
            """SELECT c.cell_key AS "CellKey", c.freq AS "Frequency", c.time_period AS "TimePeriod", c."year" AS "Year", """
            + """c.period_start AS "PeriodStart", c.period_end AS "PeriodEnd" """);
        var joins = new StringBuilder();
        for (var i = 0; i < dimensions.Count; i++)
        {
            var d = dimensions[i];
            var column = "c." + PublishedSetsNames.Quote(d.Id);
            var label = d.Property + "Label";
            properties.Add(new(d.Property, d.Property, FlatType.String, false));
            properties.Add(new(label, label, FlatType.String, false));
            select.Append(PublishedSetsNames.Format(
                $", {column} AS {PublishedSetsNames.Quote(d.Property)}, CASE WHEN {column} = '_T' THEN 'Total' ELSE coalesce(k{i}.label, {column}) END AS {PublishedSetsNames.Quote(label)}"));

            // One label per code even if a code list repeated a code: a duplicate must not duplicate cells (CellKey is the key).
            joins.Append(PublishedSetsNames.Format(
                $" LEFT JOIN (SELECT code, min(label) AS label FROM ind_code WHERE dimension = {PublishedSetsNames.Literal(d.Id)} GROUP BY code) k{i} ON k{i}.code = {column}"));
        }

        properties.Add(new("Value", "Value", FlatType.Double, true));
        properties.Add(new("Flags", "Flags", FlatType.String, false));
        properties.Add(new("ConfStatus", "ConfStatus", FlatType.String, false));
        properties.Add(new("Unit", "Unit", FlatType.String, false));
        select.Append(role >= ODataRole.Analyst
            ? """, c.raw_value AS "Value", c.analyst_flag AS "Flags" """
            : """, c.obs_value AS "Value", c.obs_flag AS "Flags" """);
        select.Append(""", c.conf_status AS "ConfStatus", c.unit AS "Unit" """);
        if (role >= ODataRole.Analyst)
        {
            properties.Add(new("Contributors", "Contributors", FlatType.Int64, false));
            select.Append(""", c.contributors AS "Contributors" """);
        }

        var relation = PublishedSetsNames.Format(
            $"({select}FROM ind_cell c{joins} WHERE c.indicator_id = {PublishedSetsNames.Literal(indicatorId)})");
        return new FlatEntitySet(PublishedSetsNames.SetName(indicatorId), relation, properties, ["CellKey"]);
    }
}
