namespace Stats.Etl.Aggregates;

/// <summary>
/// One consistency finding of an aggregate return, as stored in meta_aggregate_finding: the check, the period and
/// coordinates of the cell it is about (the stated total, the year, the revised or negative cell), the delivered
/// value, what the parts add up to (or the previous delivery's value), where the cell stands in the file, and a
/// message naming file, row, column and both figures.
/// </summary>
public sealed record AggregateFinding(
    string CheckCode,
    string Freq,
    int Year,
    int PeriodNo,
    string Coordinates,
    long? Stated,
    long? Expected,
    long? RecordNumber,
    string? ColumnName,
    string Message)
{
    /// <summary>Details not adding up to their stated total.</summary>
    public const string Margin = "margin";

    /// <summary>Quarters (months) not adding up to their year (quarter).</summary>
    public const string PeriodSum = "period_sum";

    /// <summary>A negative count.</summary>
    public const string Negative = "negative";

    /// <summary>A value that moved a lot against the previous delivery for the same period.</summary>
    public const string Revision = "revision";

    /// <summary>The check codes in the order findings are reported.</summary>
    public static IReadOnlyList<string> CheckCodes { get; } = [Margin, PeriodSum, Negative, Revision];
}
