namespace Stats.Api.Intake;

/// <summary>
/// Where uploaded deliveries go: implemented by the host over the source contracts (the catalog and the ETL stay out of
/// the API). Accepting a delivery stores it in the contract's inbox and queues the source's job.
/// </summary>
public interface IDeliveryInbox
{
    /// <summary>Whether a contract with this id exists and takes uploads.</summary>
    bool Knows(string contractId);

    /// <summary>The file extensions the contract accepts, with the dot and in lower case, e.g. ".csv".</summary>
    IReadOnlyList<string> AllowedExtensions(string contractId);

    /// <summary>
    /// Stores the delivery by streaming <paramref name="content"/> to the end (never buffering it whole) and queues the
    /// source's job. The content stream counts and hashes what is read (<see cref="DeliveryContent.Bytes"/>,
    /// <see cref="DeliveryContent.Sha256"/>) and throws <see cref="DeliveryTooLargeException"/> past
    /// <paramref name="maxBytes"/>; it may also throw for a broken request. On any exception the implementation must delete
    /// what it wrote and let the exception go: a refused upload leaves nothing behind.
    /// </summary>
    /// <exception cref="ArgumentException">The file name cannot be stored (answered 400).</exception>
    /// <exception cref="DeliveryTooLargeException">The delivery is larger than <paramref name="maxBytes"/> (answered 413).</exception>
    Task<UploadReceipt> AcceptAsync(string contractId, string fileName, DeliveryContent content, long maxBytes, CancellationToken cancellationToken);
}
