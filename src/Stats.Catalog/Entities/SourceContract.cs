namespace Stats.Catalog.Entities;

/// <summary>One delivery stream (a contract file under etl/contracts) and when it last delivered.</summary>
public sealed class SourceContract
{
    public required string ContractId { get; init; }
    public required string SourceCode { get; set; }
    public DateTimeOffset FirstSeenAt { get; init; }
    public DateTimeOffset? LastDeliveryAt { get; internal set; }
    public DateTimeOffset? LastSuccessfulDeliveryAt { get; internal set; }
}
