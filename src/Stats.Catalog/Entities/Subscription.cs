namespace Stats.Catalog.Entities;

/// <summary>
/// A recipient of a monthly chart pack. Removing a subscription deletes the row; its past deliveries stay, with the
/// recipient's name and address copied into them at send time.
/// </summary>
public sealed class Subscription
{
    public long Id { get; init; }

    /// <summary>Unique; how operators name the recipient (`stats subscriptions remove --name`, `stats pack --recipient`).</summary>
    public required string Name { get; init; }

    /// <summary>Validated as an address (System.Net.Mail.MailAddress) when added; stored as given, without display name.</summary>
    public required string Email { get; init; }

    public SubscriptionRole Role { get; init; }

    /// <summary>The pack definition this recipient receives (a file name under dashboards/, e.g. "ministry").</summary>
    public required string PackId { get; init; }

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; init; }
}
