using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Just enough SMTP on loopback to see what a client authenticates with: EHLO offering AUTH PLAIN, then MAIL, RCPT, DATA,
/// QUIT. Logins after the first <see cref="AcceptLogins"/> are refused with a reply that repeats the password, as a careless
/// server might, so the client's own messages can be checked for it. Records each login's user and password.
/// </summary>
internal sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<(string User, string Password)> _logins = new();
    private readonly Task _loop;
    private int _messages;

    public FakeSmtpServer(int acceptLogins)
    {
        AcceptLogins = acceptLogins;
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int AcceptLogins { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<(string User, string Password)> Logins => [.. _logins];

    public int Messages => _messages;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped while waiting for a connection.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            try
            {
                await ServeAsync(client);
            }
            catch (IOException)
            {
                // The client hung up; wait for the next one.
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 fake.smtp ESMTP");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-fake.smtp");
                    await writer.WriteLineAsync("250 AUTH PLAIN");
                    break;
                case "AUTH":
                    var parts = line.Split(' ');
                    var response = parts.Length > 2 ? parts[2] : await ContinueAsync(writer, reader);
                    var fields = Encoding.UTF8.GetString(Convert.FromBase64String(response)).Split('\0');
                    _logins.Enqueue((fields[1], fields[2]));
                    await writer.WriteLineAsync(_logins.Count <= AcceptLogins
                        ? "235 2.7.0 Authentication successful"
                        : $"535 5.7.8 Authentication failed for {fields[1]} with password {fields[2]}");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".")
                    {
                    }

                    Interlocked.Increment(ref _messages);
                    await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 2.0.0 Ok");
                    break;
            }
        }
    }

    private async Task<string> ContinueAsync(StreamWriter writer, StreamReader reader)
    {
        await writer.WriteLineAsync("334 ");
        return await reader.ReadLineAsync(_stop.Token) ?? "";
    }
}
