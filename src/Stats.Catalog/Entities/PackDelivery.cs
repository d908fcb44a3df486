namespace Stats.Catalog.Entities;

/// <summary>
/// One attempt to deliver one month's pack to one recipient. The recipient's name, address and role are copied at send
/// time, so the record still says who received which view after the subscription changes or is removed.
/// </summary>
public sealed class PackDelivery
{
    public long Id { get; init; }

    public required string PackId { get; init; }

    /// <summary>The month the pack reports on, "yyyy-MM".</summary>
    public required string Month { get; init; }

    /// <summary>Null once the subscription is removed (set null on delete).</summary>
    public long? SubscriptionId { get; init; }

    public required string RecipientName { get; init; }
    public required string RecipientEmail { get; init; }
    public SubscriptionRole Role { get; init; }

    /// <summary>The vintage whose figures the pack shows; the next month's pack compares against it.</summary>
    public int VintageId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public PackDeliveryStatus Status { get; init; }

    /// <summary>The message id the SMTP server accepted (Message-Id), when sent.</summary>
    public string? SmtpMessageId { get; init; }

    /// <summary>The outbox folder holding message.eml and the pack's files, when written.</summary>
    public string? OutboxPath { get; init; }

    /// <summary>For operators: why sending failed (server, reason); never credentials.</summary>
    public string? ErrorMessage { get; init; }
}
