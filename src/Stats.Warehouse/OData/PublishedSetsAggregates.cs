namespace Stats.Warehouse.OData;

/// <summary>
/// The analyst sets of aggregate returns: <c>AggregateCells</c>, the cells in force as the agencies stated them (totals
/// with code _T, censored values with their bounds, missing values with their reason), and <c>AggregateFindings</c>,
/// the consistency findings of every loaded return. Analysts only: a stated cell may hold a count of 1 … k−1 persons,
/// which the cubes publish only after disclosure control. Load batch keys and file names are left out, as in the fact
/// sets; the contract id says where a figure comes from. Rows are numbered within the snapshot (stable within a vintage).
/// </summary>
internal static class PublishedSetsAggregates
{
    public const string CellTable = "fct_aggregate_cell";
    public const string FindingTable = "agg_aggregate_finding";

    public static FlatEntitySet Cells() => new(
        "AggregateCells",
        $"""
        (SELECT row_number() OVER (ORDER BY contract_id, "year", freq, period_no, coordinates) AS "CellNo",
                contract_id AS "ContractId", source_code AS "SourceCode", indicator_id AS "IndicatorId", unit AS "Unit",
                freq AS "Frequency", "year" AS "Year", period_no AS "PeriodNo", coordinates AS "Coordinates", value AS "Value",
                status AS "Status", lower_bound AS "LowerBound", upper_bound AS "UpperBound", token AS "Token",
                missing_reason AS "MissingReason", CAST(record_number AS BIGINT) AS "RowNumber", column_name AS "ColumnName"
         FROM {CellTable})
        """,
        [
            new("CellNo", "CellNo", FlatType.Int64, false),
            new("ContractId", "ContractId", FlatType.String, false),
            new("SourceCode", "SourceCode", FlatType.String, false),
            new("IndicatorId", "IndicatorId", FlatType.String, false),
            new("Unit", "Unit", FlatType.String, false),
            new("Frequency", "Frequency", FlatType.String, false),
            new("Year", "Year", FlatType.Int32, false),
            new("PeriodNo", "PeriodNo", FlatType.Int32, false),
            new("Coordinates", "Coordinates", FlatType.String, false),
            new("Value", "Value", FlatType.Double, true),
            new("Status", "Status", FlatType.String, false),
            new("LowerBound", "LowerBound", FlatType.Double, true),
            new("UpperBound", "UpperBound", FlatType.Double, true),
            new("Token", "Token", FlatType.String, true),
            new("MissingReason", "MissingReason", FlatType.String, true),
            new("RowNumber", "RowNumber", FlatType.Int64, false),
            new("ColumnName", "ColumnName", FlatType.String, false),
        ],
        ["CellNo"]);

    public static FlatEntitySet Findings() => new(
        "AggregateFindings",
        $"""
        (SELECT row_number() OVER (ORDER BY load_batch_key, contract_id, "year", freq, period_no, check_code, coordinates, record_number) AS "FindingNo",
                contract_id AS "ContractId", check_code AS "Check", freq AS "Frequency", "year" AS "Year", period_no AS "PeriodNo",
                coordinates AS "Coordinates", stated AS "Stated", expected AS "Expected", CAST(record_number AS BIGINT) AS "RowNumber",
                column_name AS "ColumnName", message AS "Message", is_current AS "IsCurrent"
         FROM {FindingTable})
        """,
        [
            new("FindingNo", "FindingNo", FlatType.Int64, false),
            new("ContractId", "ContractId", FlatType.String, false),
            new("Check", "Check", FlatType.String, false),
            new("Frequency", "Frequency", FlatType.String, false),
            new("Year", "Year", FlatType.Int32, false),
            new("PeriodNo", "PeriodNo", FlatType.Int32, false),
            new("Coordinates", "Coordinates", FlatType.String, false),
            new("Stated", "Stated", FlatType.Double, true),
            new("Expected", "Expected", FlatType.Double, true),
            new("RowNumber", "RowNumber", FlatType.Int64, true),
            new("ColumnName", "ColumnName", FlatType.String, true),
            new("Message", "Message", FlatType.String, false),
            new("IsCurrent", "IsCurrent", FlatType.Boolean, false),
        ],
        ["FindingNo"]);
}
