namespace Stats.Charts.Delivery;

/// <summary>
/// A pack that could not be handed to the SMTP server. The message names the server (host:port) and the reason, never
/// credentials. <see cref="IsTransient"/>: worth retrying later (no connection, a timeout, a 4xx reply); otherwise the
/// configuration or the recipient must change first (5xx, refused credentials, TLS failure).
/// </summary>
public sealed class PackDeliveryException(string message, bool isTransient, Exception? innerException = null)
    : Exception(message, innerException)
{
    public bool IsTransient { get; } = isTransient;
}
