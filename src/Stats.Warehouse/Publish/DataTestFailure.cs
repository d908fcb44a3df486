namespace Stats.Warehouse.Publish;

/// <summary>
/// A data test (sql/tests/&lt;Test&gt;.sql) that returned rows or could not run. Samples hold at most five rows;
/// linkage-key columns are left out and any 64-hex value is redacted, so a failure can be logged and shown.
/// </summary>
public sealed record DataTestFailure(
    string Test,
    long Rows,
    IReadOnlyList<IReadOnlyDictionary<string, string?>> Samples,
    string? Error = null)
{
    public override string ToString() => Error is null
        ? $"{Test}: {Rows} failing row(s)"
        : $"{Test}: could not run ({Error})";
}
