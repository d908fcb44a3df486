using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Utils;

namespace Stats.Charts.Delivery;

/// <summary>
/// Hands one pack message to the configured SMTP server: one connection per message, so a failure concerns one
/// recipient only. Every failure becomes a <see cref="PackDeliveryException"/> saying which server, why, and whether
/// a retry may help.
/// </summary>
public sealed class SmtpPackSender(SmtpOptions options)
{
    /// <summary>
    /// Sends the message and returns its Message-Id (without angle brackets), as the server accepted it and recipients
    /// will see it. A message without From gets the configured sender; one without Message-Id gets a new one.
    /// </summary>
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured || options.Port is < 1 or > 65535)
        {
            throw new PackDeliveryException(
                $"No usable SMTP server: {SmtpOptions.Section}:Host must be set and {SmtpOptions.Section}:Port be 1 to 65535 (is '{options.Server}').", isTransient: false);
        }

        // Said before connecting: an empty password would otherwise reach the server and come back as "refused the
        // credentials", which sends the operator looking for a wrong password rather than a missing setting.
        if (!string.IsNullOrEmpty(options.UserName) && string.IsNullOrEmpty(options.Password))
        {
            throw new PackDeliveryException(
                $"{SmtpOptions.Section}:UserName is set but {SmtpOptions.Section}:Password is not: give it from the environment (STATS_Pack__Smtp__Password) or a secret store.", isTransient: false);
        }

        if (message.From.Count == 0)
        {
            message.From.Add(options.From ?? throw new PackDeliveryException(
                $"The message has no sender and {SmtpOptions.Section}:FromAddress is not set.", isTransient: false));
        }

        if (string.IsNullOrEmpty(message.MessageId))
        {
            message.MessageId = MimeUtils.GenerateMessageId();
        }

        using var client = new SmtpClient { Timeout = (int)Math.Clamp(options.Timeout.TotalMilliseconds, 1, int.MaxValue) };
        var stage = "connecting";
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, Secure(options.Security), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                stage = "authenticating";
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken).ConfigureAwait(false);
            }

            stage = "sending";
            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
            stage = "disconnecting";
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
            return message.MessageId;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw Failure(e, stage);
        }
    }

    private PackDeliveryException Failure(Exception e, string stage)
    {
        var (reason, transient) = e switch
        {
            AuthenticationException => ($"refused the credentials of user '{options.UserName}' ({Reply(e.Message)})", false),
            SmtpCommandException c => (Command(c), (int)c.StatusCode is >= 400 and < 500),
            SslHandshakeException or System.Security.Authentication.AuthenticationException => ($"TLS handshake failed ({Reply(e.Message)})", false),
            NotSupportedException => ($"does not support what {SmtpOptions.Section}:Security or the login needs ({Reply(e.Message)})", false),
            SocketException s => ($"could not be reached ({s.SocketErrorCode}: {s.Message})", true),
            TimeoutException or OperationCanceledException => ($"did not answer within {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s", true),
            SmtpProtocolException or IOException => ($"dropped the connection ({Reply(e.Message)})", true),
            ServiceNotConnectedException => ("closed the connection", true),
            _ => ($"failed: {e.GetType().Name}: {Reply(e.Message)}", false),
        };
        var message = $"SMTP server {options.Server} {reason} while {stage}; {(transient ? "transient, retry later" : "permanent, fix the configuration or the recipient")}.";
        return new PackDeliveryException(Scrub(message), transient, e);
    }

    private static string Command(SmtpCommandException c)
    {
        var code = ((int)c.StatusCode).ToString(CultureInfo.InvariantCulture);
        return c.ErrorCode switch
        {
            SmtpErrorCode.RecipientNotAccepted => $"refused recipient {c.Mailbox?.Address} ({code} {Reply(c.Message)})",
            SmtpErrorCode.SenderNotAccepted => $"refused sender {c.Mailbox?.Address} ({code} {Reply(c.Message)})",
            SmtpErrorCode.MessageNotAccepted => $"refused the message ({code} {Reply(c.Message)})",
            _ => $"answered {code} {Reply(c.Message)}",
        };
    }

    /// <summary>One line of the server's reply: a server's text must not break the operator's log line.</summary>
    private static string Reply(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    /// <summary>A server could echo what it was sent; the password never leaves this class.</summary>
    private string Scrub(string text) =>
        string.IsNullOrEmpty(options.Password) ? text : text.Replace(options.Password, "***", StringComparison.Ordinal);

    private static SecureSocketOptions Secure(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
