using System.Globalization;

namespace Stats.Host.Serving;

/// <summary>
/// Held by the `stats serve` that runs the scheduler of a data folder, for as long as it runs: a second one on the same
/// folder fails at once with who holds it, instead of two schedulers writing one warehouse. The lock is the operating
/// system's (an exclusive lock on serve.lock), so it goes away with the process, even after a kill; serve.pid only
/// says who holds it. Clustered nodes do not take it: Quartz's cluster and the DuckDB file lock keep them apart.
/// </summary>
internal sealed class DataFolderLock : IDisposable
{
    private const string LockFile = "serve.lock";
    private const string HolderFile = "serve.pid";
    private readonly FileStream _stream;

    private DataFolderLock(FileStream stream) => _stream = stream;

    public static DataFolderLock? TryAcquire(string dataDirectory, TimeProvider time)
    {
        Directory.CreateDirectory(dataDirectory);
        try
        {
            var stream = new FileStream(Path.Combine(dataDirectory, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.WriteAllText(
                Path.Combine(dataDirectory, HolderFile),
                string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {time.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ}"));
            return new DataFolderLock(stream);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static DataFolderLock Acquire(string dataDirectory, TimeProvider time) =>
        TryAcquire(dataDirectory, time) ?? throw new DataFolderInUseException(dataDirectory, Holder(dataDirectory));

    /// <summary>"pid 1234 since 2026-11-23T10:00:00Z", or null when unknown.</summary>
    public static string? Holder(string dataDirectory)
    {
        try
        {
            var parts = File.ReadAllText(Path.Combine(dataDirectory, HolderFile)).Split(' ', 2);
            return parts.Length == 2 ? $"pid {parts[0]} since {parts[1]}" : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
