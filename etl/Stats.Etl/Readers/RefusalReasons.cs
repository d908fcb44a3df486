namespace Stats.Etl.Readers;

/// <summary>Why a whole delivery was refused (etl/contracts/README.md).</summary>
public static class RefusalReasons
{
    public const string IdentifyingColumn = "identifying_column";
    public const string UnknownColumn = "unknown_column";
    public const string MissingRequiredColumn = "missing_required_column";
    public const string UnreadableEncoding = "unreadable_encoding";
    public const string MalformedFile = "malformed_file";

    /// <summary>
    /// The file is beyond a reader's limit (a CSV record or JSON value longer than 1 MiB, JSON nested deeper than 64
    /// levels, an XLSX part that inflates too far or too steeply): refused before it is read into memory.
    /// </summary>
    public const string LimitExceeded = "limit_exceeded";

    // Aggregate returns: one bad cell refuses the whole table, since a table with a hole cannot be told apart
    // from a smaller count (microdata quarantines the row instead).

    /// <summary>A count that is neither a whole number nor a censored or missing token of the contract.</summary>
    public const string InvalidCount = "invalid_count";

    /// <summary>A dimension value with no code-map entry that is not itself a code (or _T, UNK).</summary>
    public const string UnknownCode = "unknown_code";

    /// <summary>A year, quarter or month that does not read as one.</summary>
    public const string InvalidPeriod = "invalid_period";

    /// <summary>A year outside the contract's firstYear–lastYear, or a period that starts after the day of delivery.</summary>
    public const string PeriodOutOfRange = "period_out_of_range";

    /// <summary>Two cells of one file with the same period and coordinates.</summary>
    public const string DuplicateCell = "duplicate_cell";

    /// <summary>Margin check found details not adding up, and the contract says <c>refuse</c>.</summary>
    public const string InconsistentMargins = "inconsistent_margins";

    /// <summary>Quarters or months not adding up to their year or quarter, and the contract says <c>refuse</c>.</summary>
    public const string InconsistentPeriods = "inconsistent_periods";

    /// <summary>A negative count, and the contract says <c>refuse</c>.</summary>
    public const string NegativeCount = "negative_count";

    /// <summary>A large revision against the previous delivery, and the contract says <c>refuse</c>.</summary>
    public const string LargeRevision = "large_revision";
}
