namespace Stats.Api.Intake;

/// <summary>An uploaded delivery grew past the upload limit while it was read; answered 413.</summary>
public sealed class DeliveryTooLargeException : Exception
{
    public DeliveryTooLargeException()
        : base("The delivery is larger than the upload limit.")
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

    public DeliveryTooLargeException(long maxBytes)
        : base(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The delivery is larger than the limit of {maxBytes} bytes."))
    {
        MaxBytes = maxBytes;
    }

    /// <summary>The limit that was passed.</summary>
    public long MaxBytes { get; }
}
