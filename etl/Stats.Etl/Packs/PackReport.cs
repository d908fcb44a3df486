using Stats.Catalog.Entities;
using Stats.Charts.Packs;

namespace Stats.Etl.Packs;

/// <summary>What a pack run did for every recipient.</summary>
public sealed record PackReport(PackMonth Month, int VintageId, IReadOnlyList<PackOutcome> Outcomes)
{
    public int Count(PackDeliveryStatus status) => Outcomes.Count(o => o.Status == status);
}

/// <summary>
/// One recipient's pack: delivered (Sent), written to the outbox only, failed (with the reason; Transient when a later
/// attempt may succeed), or skipped because this month's pack was already sent to them.
/// </summary>
public sealed record PackOutcome(
    string Pack, string Recipient, string Email, SubscriptionRole Role, PackDeliveryStatus? Status, string? OutboxPath, string? MessageId, string? Error, bool Transient)
{
    public bool Skipped => Status is null;
}
