namespace Stats.Api.Intake;

/// <summary>
/// What <c>POST /intake/{contractId}</c> answers (202) once a delivery is stored: the contract, the file name it was stored
/// under, its size and SHA-256 (lower-case hex; take both from <see cref="DeliveryContent"/>), when it arrived, and
/// <see cref="Status"/> "queued" (the source's job will load it).
/// </summary>
public sealed record UploadReceipt(string Contract, string FileName, long Bytes, string Sha256, DateTimeOffset ReceivedAt, string Status)
{
    public const string Queued = "queued";
}
