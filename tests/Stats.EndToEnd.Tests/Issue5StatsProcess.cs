using System.Diagnostics;
using System.Text;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// The real `stats` executable (dotnet exec of the built stats.dll) as its own process, configured by STATS_ environment
/// variables; a serve is killed with its whole tree and waited for on dispose, so no test leaves a server running.
/// </summary>
internal sealed class Issue5StatsProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _firstLine;

    private Issue5StatsProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>How long after the start the process printed its first line (null while it has printed nothing).</summary>
    public TimeSpan? FirstLineAfter
    {
        get
        {
            lock (_output)
            {
                return _firstLine;
            }
        }
    }

    /// <summary>The root (http://127.0.0.1:port/) Kestrel bound, read from the "Health:" line serve prints.</summary>
    public Task<Uri> AddressAsync(TimeSpan timeout) => _address.Task.WaitAsync(timeout);

    public static Issue5StatsProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "stats.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var stats = new Issue5StatsProcess(process);
        process.OutputDataReceived += (_, e) => stats.Received(e.Data);
        process.ErrorDataReceived += (_, e) => stats.Received(e.Data);
        process.Exited += (_, _) => stats._exited.TrySetResult();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return stats;
    }

    public static Issue5StatsProcess Serve(string data, IReadOnlyDictionary<string, string> environment) =>
        Start(environment, "serve", "--data", data, "--urls", "http://127.0.0.1:0");

    /// <summary>Runs a command to its end and returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        await using var run = Start(environment, args);
        var code = await run.WaitForExitAsync(timeout);
        return (code, run.Output);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await _exited.Task.WaitAsync(timeout);
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no graceful stop, no finally blocks, as a power cut or an OOM kill.</summary>
    public async Task KillAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        await _process.WaitForExitAsync();
    }

    public bool HasExited => _process.HasExited;

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _firstLine ??= _clock.Elapsed;
            _output.AppendLine(line);
        }

        const string Health = "Health: ";
        var at = line.IndexOf(Health, StringComparison.Ordinal);
        if (at >= 0 && line.EndsWith("/health", StringComparison.Ordinal))
        {
            _address.TrySetResult(new Uri(line[(at + Health.Length)..^"health".Length]));
        }
    }
}
