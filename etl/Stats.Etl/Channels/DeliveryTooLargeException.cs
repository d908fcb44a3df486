namespace Stats.Etl.Channels;

/// <summary>A pushed or pulled delivery whose body passed the size limit; nothing of it was kept.</summary>
public sealed class DeliveryTooLargeException : IOException
{
    public DeliveryTooLargeException()
    {
    }

    public DeliveryTooLargeException(string message)
        : base(message)
    {
    }

    public DeliveryTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeliveryTooLargeException(string fileName, long maxBytes)
        : base($"Delivery '{fileName}' is too large: it exceeds the limit of {maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes; nothing was kept.")
    {
        MaxBytes = maxBytes;
    }

    public long MaxBytes { get; }
}
