namespace Stats.Etl.Synthetic;

/// <summary>
/// What intake must do with one written file. Expected is "loaded", "refused" or "duplicate"; Reason names the
/// refusal (identifying_column, unknown_column, missing_required_column, unreadable_encoding, malformed_file).
/// RowsLoaded counts top-level records (victim or justice rows, NRM cases); ChildRowsLoaded counts the child
/// entities (assistance, immigration) they carry; QuarantinedByRule counts rows per row rule.
/// </summary>
public sealed record DeliveryTruth(
    string File,
    string Contract,
    string Expected,
    string? Reason,
    int RowsLoaded,
    IReadOnlyDictionary<string, int> QuarantinedByRule,
    IReadOnlyDictionary<string, int> ChildRowsLoaded);
