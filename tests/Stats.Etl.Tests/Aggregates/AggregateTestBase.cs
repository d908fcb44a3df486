using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Etl.Tests.Intake;

namespace Stats.Etl.Tests.Aggregates;

/// <summary>
/// A fresh warehouse per test (see <see cref="IntakeTestBase"/>), contracts written by the test into its own
/// folder and read through <see cref="ContractRepository"/> (so they are validated like shipped ones), and the
/// stored cells and findings read back as text.
/// </summary>
public abstract class AggregateTestBase : IntakeTestBase
{
    /// <summary>The columns of stg_aggregate_cell a test states by hand, in this order.</summary>
    protected const string CellColumns =
        "record_number, column_name, freq, \"year\", period_no, coordinates, value, status, lower_bound, upper_bound, token, missing_reason";

    protected const string FindingColumns =
        "check_code, freq, \"year\", period_no, coordinates, stated, expected, record_number, column_name";

    protected SourceContract Contract(string id, string json)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Dir, "contracts")).FullName;
        File.WriteAllText(Path.Combine(folder, id + ".json"), json);
        return new ContractRepository(folder).Get(id);
    }

    protected Task<List<string[]>> CellsAsync(long batch) =>
        RowsAsync($"SELECT {CellColumns} FROM stg_aggregate_cell WHERE load_batch_key = $b ORDER BY record_number, column_name", ("b", batch));

    protected Task<List<string[]>> FindingsAsync(long batch) =>
        RowsAsync($"SELECT {FindingColumns} FROM meta_aggregate_finding WHERE load_batch_key = $b ORDER BY check_code, record_number, column_name", ("b", batch));

    /// <summary>Rows in everything an aggregate load writes: cells, findings, batches, organisations.</summary>
    protected async Task<(long Cells, long Findings, long Batches, long Organisations)> StoredAsync() => (
        await CountAsync("SELECT count(*) FROM stg_aggregate_cell"),
        await CountAsync("SELECT count(*) FROM meta_aggregate_finding"),
        await CountAsync("SELECT count(*) FROM meta_load_batch"),
        await CountAsync("SELECT count(*) FROM dim_organisation"));

    /// <summary>A stated cell as <see cref="CellsAsync"/> reads it; null stands for SQL NULL.</summary>
    protected static string[] Cell(
        long row, string column, string freq, int year, int periodNo, string coordinates, long? value, string status,
        long? lower = null, long? upper = null, string? token = null, string? reason = null) =>
        [Text(row), column, freq, Text(year), Text(periodNo), coordinates, Text(value), status, Text(lower), Text(upper), token ?? "NULL", reason ?? "NULL"];

    protected static string[] Finding(string check, string freq, int year, int periodNo, string coordinates, long stated, long? expected, long row, string column) =>
        [check, freq, Text(year), Text(periodNo), coordinates, Text(stated), Text(expected), Text(row), column];

    private static string Text(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "NULL";

    internal static void AssertLoaded(IntakeOutcome outcome) => outcome.Status.Should().Be(IntakeStatus.Loaded, outcome.Message);
}
