namespace Stats.Charts.Delivery;

/// <summary>How the connection to the SMTP server is secured (MailKit's SecureSocketOptions, by name in configuration).</summary>
public enum SmtpSecurity
{
    /// <summary>Port 465 connects with TLS, any other port upgrades with STARTTLS when the server offers it.</summary>
    Auto = 0,

    /// <summary>Plain text only: a relay on the same host or a test server.</summary>
    None = 1,

    /// <summary>STARTTLS required (submission port 587).</summary>
    StartTls = 2,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect = 3,
}
