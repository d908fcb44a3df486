using System.Net.Sockets;
using System.Text;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Sends a request target byte for byte over a socket (HttpClient's Uri would resolve "../" and some escapes before sending,
/// so a traversal would never reach the server as written) and reads the answer, de-chunked.
/// </summary>
internal static class RawHttp
{
    public static async Task<SecurityAnswer> SendAsync(Uri root, string method, string target, string? key, ResponseChecks checks)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(root.Host, root.Port);
        await using var stream = client.GetStream();
        var request = new StringBuilder()
            .Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(root.Authority).Append("\r\nConnection: close\r\n");
        if (key is not null)
        {
            request.Append("X-Api-Key: ").Append(key).Append("\r\n");
        }

        request.Append(method == "POST" ? "Content-Type: text/csv\r\nContent-Length: 8\r\n\r\nx;y\n1;2\n" : "\r\n");
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()));
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var split = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = Encoding.ASCII.GetString(bytes, 0, split < 0 ? bytes.Length : split);
        var rest = split < 0 ? [] : bytes[(split + 4)..];
        var lines = head.Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon];
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + line[(colon + 1)..].Trim() : line[(colon + 1)..].Trim();
        }

        var chunked = headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase);
        var body = Encoding.UTF8.GetString(chunked ? Dechunk(rest) : rest);
        var answer = new SecurityAnswer($"{method} {Uri.UnescapeDataString(target)} (raw)", key is not null, (System.Net.HttpStatusCode)status, headers, body);
        checks.Check(answer);
        return answer;
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var result = new MemoryStream();
        var at = 0;
        while (at < body.Length)
        {
            var end = at + body.AsSpan(at).IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(body, at, end - at).Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }

            result.Write(body, end + 2, size);
            at = end + 2 + size + 2;
        }

        return result.ToArray();
    }
}
