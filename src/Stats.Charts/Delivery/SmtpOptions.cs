using MimeKit;

namespace Stats.Charts.Delivery;

/// <summary>
/// The SMTP server the monthly pack is sent through, from configuration section <c>Pack:Smtp</c>. The password comes from
/// the environment (<c>STATS_Pack__Smtp__Password</c>) or a secret store, never from a file in the repository, and is
/// never logged or put into a message.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Pack:Smtp";

    /// <summary>No host means no sending: packs are written to the outbox only.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>No user name means no authentication (a relay that trusts the host).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? FromAddress { get; set; }

    public string? FromName { get; set; }

    /// <summary>For each network operation (connect, each command), not for the whole message.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>"host:port", as messages name the server.</summary>
    public string Server => $"{Host}:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The sender from <see cref="FromAddress"/> and <see cref="FromName"/>; null when no address is configured.</summary>
    public MailboxAddress? From => string.IsNullOrWhiteSpace(FromAddress) ? null : new MailboxAddress(FromName ?? "", FromAddress.Trim());
}
