namespace Stats.Etl.Readers;

/// <summary>
/// Where one node (record or child) of a delivery landed as text: a temp table, the SQL giving each row's record
/// number and parent record number (alias <c>r</c>), an optional row filter, and the VARCHAR column holding each
/// delivered contract column. Delivered columns the contract knows but the file lacks are simply absent.
/// </summary>
internal sealed record RawTable(
    string Name,
    string RecordNumberSql,
    string ParentRecordNumberSql,
    string? FilterSql,
    IReadOnlyDictionary<string, string> Columns)
{
    public static string NameOf(int nodeIndex) => $"_intake_raw_{nodeIndex}";
}
