namespace Stats.Catalog.Entities;

/// <summary>What happened to one recipient's pack of one month.</summary>
public enum PackDeliveryStatus
{
    /// <summary>The SMTP server accepted the message (and it was written to the outbox).</summary>
    Sent = 0,

    /// <summary>Written to the outbox only: no SMTP server configured, or sending deliberately skipped.</summary>
    OutboxOnly = 1,

    /// <summary>Neither sent nor written completely; <see cref="PackDelivery.ErrorMessage"/> says why.</summary>
    Failed = 2,
}
