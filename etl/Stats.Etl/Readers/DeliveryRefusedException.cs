namespace Stats.Etl.Readers;

/// <summary>
/// Raised inside intake when the whole delivery must be refused; the service turns it into a Refused outcome
/// after rolling back, so callers never see it.
/// </summary>
internal sealed class DeliveryRefusedException(string reason, string detail) : Exception(detail)
{
    public string Reason { get; } = reason;
}
