using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// Sends a GET with exactly the request target it is given, byte for byte, over a fresh loopback connection
/// (<c>Connection: close</c>), and reads the whole response. HttpClient is not used because System.Uri repairs what the
/// fuzzer breaks on purpose (bad percent-escapes, raw spaces and non-ASCII characters, stray '#' and '%').
/// </summary>
internal sealed class RawHttpClient(int port)
{
    /// <summary>More than any page of the fuzzed warehouse; a response this large is read no further.</summary>
    private const int MaxResponseBytes = 64 * 1024 * 1024;

    public async Task<RawResponse> GetAsync(string target, IEnumerable<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync("127.0.0.1", port, cancellationToken);
        var stream = client.GetStream();
        var request = new StringBuilder("GET ").Append(target).Append(" HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: 127.0.0.1:{port}\r\n")
            .Append("Connection: close\r\nOData-MaxVersion: 4.0\r\nAccept: application/json;odata.metadata=minimal, */*;q=0.1\r\n");
        foreach (var (name, value) in headers)
        {
            request.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        request.Append("\r\n");
        try
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()), cancellationToken);
        }
        catch (IOException)
        {
            // The server may answer (414, 400) and close before it has read all of an oversized request: read what it said.
        }

        using var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0 && received.Length < MaxResponseBytes)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (received.Length > 0)
        {
            // A reset after a complete answer (the server closing an oversized request) still leaves the answer.
        }

        return Parse(received.ToArray());
    }

    private static RawResponse Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return new RawResponse(0, new Dictionary<string, string>(), bytes);
        }

        var lines = Encoding.Latin1.GetString(bytes, 0, end).Split("\r\n");
        var statusParts = lines[0].Split(' ', 3);
        var status = statusParts.Length >= 2 && int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }
        }

        var body = bytes.AsSpan(end + 4).ToArray();
        if (headers.TryGetValue("transfer-encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new RawResponse(status, headers, body);
    }

    private static byte[] Dechunk(byte[] chunked)
    {
        using var body = new MemoryStream();
        var position = 0;
        while (position < chunked.Length)
        {
            var lineEnd = chunked.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(chunked, position, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }

            position += lineEnd + 2;
            body.Write(chunked, position, Math.Min(size, chunked.Length - position));
            position += size + 2;
        }

        return body.ToArray();
    }
}
