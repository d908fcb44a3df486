using Stats.Warehouse.Estimation;
using Stats.Warehouse.Indicators;

namespace Stats.Warehouse.OData;

/// <summary>
/// The sets of the population estimates (issue 9). <c>Estimates</c>, for every role: per estimated indicator (V09) and
/// year the published value, its interval (LowerIsKnown: the lower bound is the known count, and is withheld when that is
/// suppressed), model, criterion, interval method and status (a refused year with its reason
/// code and public text), next to the known count — the published annual total cell of the indicator it names (V01),
/// with that cell's own value and flags for the role (public: protected, so a suppressed total stays suppressed here).
/// Never the persons seen, the overlap table, the alternatives or the fit statistics: AIC and BIC together give back the
/// number of persons seen. <c>PopulationEstimates</c>, analysts only: every column of est_population_estimate.
/// </summary>
internal static class PublishedSetsEstimates
{
    public const string MetadataTable = EstimateCube.MetadataTable;
    public const string EstimateTable = PopulationEstimation.Table;

    public static FlatEntitySet Estimates(ODataRole role)
    {
        var (value, flags) = role >= ODataRole.Analyst ? ("raw_value", "analyst_flag") : ("obs_value", "obs_flag");
        return new(
            "Estimates",
            $"""
            (SELECT e.indicator_id AS "IndicatorId", e."year" AS "Year", e.time_period AS "TimePeriod", e.value AS "Value",
                    c.{flags} AS "Flags", e.lower AS "Lower", e.lower_is_known AS "LowerIsKnown", e.upper AS "Upper", e.confidence AS "Confidence", e.model AS "Model",
                    e.criterion AS "Criterion", e.interval_method AS "IntervalMethod", e.status AS "Status", e.reason AS "Reason",
                    e.reason_text AS "ReasonText", e.known_indicator_id AS "KnownIndicatorId", k.{value} AS "KnownValue",
                    k.{flags} AS "KnownFlags", k.conf_status AS "KnownConfStatus"
             FROM {MetadataTable} e
             JOIN ind_cell c ON c.indicator_id = e.indicator_id AND c.cell_key = e.cell_key
             LEFT JOIN ind_cell k ON k.indicator_id = e.known_indicator_id AND k.cell_key = e.cell_key)
            """,
            [
                new("IndicatorId", "IndicatorId", FlatType.String, false),
                new("Year", "Year", FlatType.Int32, false),
                new("TimePeriod", "TimePeriod", FlatType.String, false),
                new("Value", "Value", FlatType.Double, true),
                new("Flags", "Flags", FlatType.String, false),
                new("Lower", "Lower", FlatType.Double, true),
                new("LowerIsKnown", "LowerIsKnown", FlatType.Boolean, true),
                new("Upper", "Upper", FlatType.Double, true),
                new("Confidence", "Confidence", FlatType.Double, false),
                new("Model", "Model", FlatType.String, true),
                new("Criterion", "Criterion", FlatType.String, false),
                new("IntervalMethod", "IntervalMethod", FlatType.String, false),
                new("Status", "Status", FlatType.String, false),
                new("Reason", "Reason", FlatType.String, true),
                new("ReasonText", "ReasonText", FlatType.String, true),
                new("KnownIndicatorId", "KnownIndicatorId", FlatType.String, false),
                new("KnownValue", "KnownValue", FlatType.Double, true),
                new("KnownFlags", "KnownFlags", FlatType.String, true),
                new("KnownConfStatus", "KnownConfStatus", FlatType.String, true),
            ],
            ["IndicatorId", "Year"]);
    }

    public static FlatEntitySet PopulationEstimates() => new(
        "PopulationEstimates",
        $"""
        (SELECT "year" AS "Year", lists AS "Lists", list_count AS "ListCount", observed AS "Observed", status AS "Status",
                refusal_reason AS "RefusalReason", message AS "Message", total AS "Total", hidden AS "Hidden", lower AS "Lower",
                upper AS "Upper", confidence AS "Confidence", model AS "Model", criterion AS "Criterion", interval_method AS "IntervalMethod",
                deviance AS "Deviance", df AS "Df", aic AS "Aic", bic AS "Bic", alternatives AS "Alternatives",
                input_table AS "InputTable", warnings AS "Warnings"
         FROM {EstimateTable})
        """,
        [
            new("Year", "Year", FlatType.Int32, false),
            new("Lists", "Lists", FlatType.String, false),
            new("ListCount", "ListCount", FlatType.Int32, false),
            new("Observed", "Observed", FlatType.Int64, false),
            new("Status", "Status", FlatType.String, false),
            new("RefusalReason", "RefusalReason", FlatType.String, true),
            new("Message", "Message", FlatType.String, true),
            new("Total", "Total", FlatType.Double, true),
            new("Hidden", "Hidden", FlatType.Double, true),
            new("Lower", "Lower", FlatType.Double, true),
            new("Upper", "Upper", FlatType.Double, true),
            new("Confidence", "Confidence", FlatType.Double, false),
            new("Model", "Model", FlatType.String, true),
            new("Criterion", "Criterion", FlatType.String, false),
            new("IntervalMethod", "IntervalMethod", FlatType.String, false),
            new("Deviance", "Deviance", FlatType.Double, true),
            new("Df", "Df", FlatType.Int32, true),
            new("Aic", "Aic", FlatType.Double, true),
            new("Bic", "Bic", FlatType.Double, true),
            new("Alternatives", "Alternatives", FlatType.String, true),
            new("InputTable", "InputTable", FlatType.String, false),
            new("Warnings", "Warnings", FlatType.String, false),
        ],
        ["Year"]);
}
