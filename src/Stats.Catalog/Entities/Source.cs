namespace Stats.Catalog.Entities;

/// <summary>
/// A registering organisation known from its contracts. One organisation can deliver through several
/// contracts (the police send victims and suspects separately), so contracts have their own rows.
/// </summary>
public sealed class Source
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string OrganisationType { get; set; }
    public DateTimeOffset FirstSeenAt { get; init; }

    /// <summary>When the latest delivery of any outcome was received.</summary>
    public DateTimeOffset? LastDeliveryAt { get; internal set; }

    /// <summary>When the latest delivery that loaded was received.</summary>
    public DateTimeOffset? LastSuccessfulDeliveryAt { get; internal set; }

    public List<SourceContract> Contracts { get; init; } = [];
}
