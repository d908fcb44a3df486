namespace Stats.Etl.Channels;

/// <summary>A pushed or pulled file name that cannot become an inbox file (path parts, control characters, hidden, too long).</summary>
public sealed class InvalidDeliveryNameException : ArgumentException
{
    public InvalidDeliveryNameException()
    {
    }

    public InvalidDeliveryNameException(string message)
        : base(message)
    {
    }

    public InvalidDeliveryNameException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InvalidDeliveryNameException(string message, string paramName)
        : base(message, paramName)
    {
    }
}
