using Stats.Catalog.Entities;

namespace Stats.Catalog.Subscriptions;

/// <summary>
/// What one pack delivery to one recipient came to, as recorded by <see cref="SubscriptionStore.RecordDeliveryAsync"/>.
/// <see cref="PackDeliveryStatus.Sent"/> needs the server's message id, <see cref="PackDeliveryStatus.OutboxOnly"/> the
/// outbox folder, <see cref="PackDeliveryStatus.Failed"/> the error.
/// </summary>
public sealed record PackDeliveryRecord(
    Subscription Recipient,
    string Month,
    int VintageId,
    PackDeliveryStatus Status,
    string? SmtpMessageId = null,
    string? OutboxPath = null,
    string? ErrorMessage = null);
