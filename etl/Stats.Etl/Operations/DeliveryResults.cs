using Stats.Catalog.Entities;
using Stats.Catalog.Recording;
using Stats.Etl.Intake;

namespace Stats.Etl.Operations;

/// <summary>Maps intake outcomes onto the catalog's delivery records.</summary>
internal static class DeliveryResults
{
    public static DeliveryResult From(IntakeOutcome outcome) => new(
        outcome.Status switch
        {
            IntakeStatus.Loaded => DeliveryStatus.Loaded,
            IntakeStatus.Refused => DeliveryStatus.Refused,
            IntakeStatus.Duplicate => DeliveryStatus.Duplicate,
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.Status, "Unknown intake status."),
        },
        outcome.RefusalReason,
        outcome.Message,
        outcome.LoadBatchKey,
        outcome.DuplicateOfBatchKey,
        outcome.RowsRead,
        outcome.RowsLoaded,
        outcome.RowsQuarantined,
        outcome.Quarantine.Select(q => new QuarantineRow(q.Entity, q.RuleCode, q.ColumnName, q.Rows)).ToList());

    // The exception message goes to the operator's catalog; intake messages never carry row values.
    public static DeliveryResult Failed(Exception exception) => new(
        DeliveryStatus.Failed, null, exception.Message, null, null, 0, 0, 0, []);
}
