using Stats.Etl.Readers;

namespace Stats.Etl.Aggregates;

/// <summary>One data row of a delivered table: its 1-based record number and its text by header position.</summary>
internal sealed record DeliveredRow(long RecordNumber, IReadOnlyList<string> Values)
{
    /// <summary>The refusal of the whole delivery for a bad value in this row, naming file, row and column.</summary>
    public DeliveryRefusedException Refusal(string fileName, string reason, string column, string detail) =>
        new(reason, $"{fileName}: row {RecordNumber}, column '{column}': {detail}");
}
