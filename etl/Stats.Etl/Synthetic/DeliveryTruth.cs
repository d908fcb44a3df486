namespace Stats.Etl.Synthetic;

/// <summary>
/// What intake must do with one written file. Expected is "loaded", "refused" or "duplicate"; Reason names the
/// refusal (identifying_column, unknown_column, missing_required_column, unreadable_encoding, malformed_file, and for
/// aggregate returns invalid_count, period_out_of_range). RowsLoaded counts top-level records (victim or justice
/// rows, NRM cases), or for an aggregate return the cells stored; ChildRowsLoaded counts the child entities
/// (assistance, immigration) they carry; QuarantinedByRule counts rows per row rule.
/// </summary>
public sealed record DeliveryTruth(
    string File,
    string Contract,
    string Expected,
    string? Reason,
    int RowsLoaded,
    IReadOnlyDictionary<string, int> QuarantinedByRule,
    IReadOnlyDictionary<string, int> ChildRowsLoaded)
{
    /// <summary>Aggregate return: stored cells that are censored ("&lt;5"), part of RowsLoaded.</summary>
    public int CensoredCells { get; init; }

    /// <summary>
    /// Aggregate return: consistency findings per check code (margin, period_sum, revision, negative). Revisions are
    /// counted against the deliveries listed before this one for the same contract and year, loaded in list order.
    /// </summary>
    public IReadOnlyDictionary<string, int> Findings { get; init; } = new Dictionary<string, int>();
}
