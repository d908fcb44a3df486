using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MimeKit;

namespace Stats.Charts.Tests.Delivery;

/// <summary>
/// A real SMTP server on loopback (smtp-sink.cjs on node with the npm package smtp-server) for one test: started on a
/// free port, read back through the raw .eml files it writes, killed on dispose.
/// </summary>
internal sealed class SmtpSink : IDisposable
{
    public const string ModulesVariable = "STATS_TEST_SMTP_MODULES";

    private readonly Process _process;
    private readonly string _folder;

    private SmtpSink(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string Host => "127.0.0.1";

    /// <summary>Starts the server; with a user and password it requires AUTH with exactly those.</summary>
    public static async Task<SmtpSink> StartAsync(string? user = null, string? password = null)
    {
        var modules = Environment.GetEnvironmentVariable(ModulesVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{ModulesVariable} is not set: `npm install --prefix <dir> smtp-server@3.21` and set it to <dir>/node_modules (.ci/run does).");
        if (!Directory.Exists(Path.Combine(modules, "smtp-server")))
        {
            throw new InvalidOperationException($"{ModulesVariable}={modules} holds no smtp-server package.");
        }

        var folder = Directory.CreateTempSubdirectory("stats-smtp-sink-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(FindNode(), [Script(), port.ToString(System.Globalization.CultureInfo.InvariantCulture), folder, .. user is null ? Array.Empty<string>() : [user, password ?? ""]])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NODE_PATH"] = modules;
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var sink = new SmtpSink(process, folder, port);
        try
        {
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Trim() == "listening")
                {
                    return sink;
                }
            }

            throw new InvalidOperationException($"smtp-sink.cjs ended before listening: {await stderr}");
        }
        catch
        {
            sink.Dispose();
            throw;
        }
    }

    /// <summary>Every message received so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedMail> Received() => Directory.GetFiles(_folder, "*.eml").Order(StringComparer.Ordinal).Select(Read).ToList();

    private static ReceivedMail Read(string emlPath)
    {
        var raw = File.ReadAllBytes(emlPath);
        using var envelope = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(emlPath, ".json")));
        var root = envelope.RootElement;
        using var stream = new MemoryStream(raw);
        return new ReceivedMail(
            MimeMessage.Load(stream),
            root.GetProperty("mailFrom").GetString(),
            root.GetProperty("rcptTo").EnumerateArray().Select(r => r.GetString()!).ToList(),
            root.GetProperty("user").GetString(),
            raw);
    }

    /// <summary>A port nothing listens on at this moment (the sink takes it next; a test may use it to find no server).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("node is not on PATH (.ci/run installs npm, which brings it).");

    /// <summary>The script is found in the source tree above the test binaries, so the test project needs no copy step.</summary>
    private static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Stats.Charts.Tests", "Delivery", "smtp-sink.cjs");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/Stats.Charts.Tests/Delivery/smtp-sink.cjs not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind must not fail a test that passed.
        }
    }
}
