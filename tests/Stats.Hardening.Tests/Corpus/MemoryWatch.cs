using System.Diagnostics;
using System.Globalization;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Watches the test host's memory while the corpus is loaded: the resident set's high-water mark (Linux VmHWM, reset
/// at the start through /proc/self/clear_refs so that it covers the corpus only; sampled VmRSS where that is not
/// allowed), the managed heap sampled every few milliseconds, and the managed bytes each file's load allocated.
/// </summary>
internal sealed class MemoryWatch : IDisposable
{
    private readonly Thread _sampler;
    private volatile bool _stop;
    private long _peakManaged;
    private long _peakSampledRss;

    public MemoryWatch()
    {
        HighWaterReset = TryResetHighWater();
        BaselineRss = Status("VmRSS") ?? Environment.WorkingSet;
        BaselineManaged = GC.GetTotalMemory(forceFullCollection: true);
        _peakManaged = BaselineManaged;
        _peakSampledRss = BaselineRss;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "corpus memory sampler" };
        _sampler.Start();
    }

    /// <summary>Whether the kernel let the high-water mark be reset, so that <see cref="PeakRss"/> is exact for the corpus phase.</summary>
    public bool HighWaterReset { get; }

    public long BaselineRss { get; }

    public long BaselineManaged { get; }

    public long PeakManaged => Interlocked.Read(ref _peakManaged);

    /// <summary>The resident set's peak during the watch: VmHWM when it was reset, else the highest sample.</summary>
    public long PeakRss => HighWaterReset ? Math.Max(Status("VmHWM") ?? 0, Interlocked.Read(ref _peakSampledRss)) : Interlocked.Read(ref _peakSampledRss);

    /// <summary>The largest managed allocation of one file's load and which file it was.</summary>
    public (long Bytes, string File) LargestAllocation { get; private set; } = (0, string.Empty);

    /// <summary>Runs one load and records the managed bytes allocated while it ran.</summary>
    public async Task<T> MeasureAsync<T>(string file, Func<Task<T>> load)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await load().ConfigureAwait(false);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        if (allocated > LargestAllocation.Bytes)
        {
            LargestAllocation = (allocated, file);
        }

        return result;
    }

    public void Dispose()
    {
        _stop = true;
        _sampler.Join();
    }

    private void Sample()
    {
        while (!_stop)
        {
            Max(ref _peakManaged, GC.GetTotalMemory(forceFullCollection: false));
            Max(ref _peakSampledRss, Status("VmRSS") ?? Environment.WorkingSet);
            Thread.Sleep(5);
        }
    }

    private static void Max(ref long peak, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, seen) != seen)
        {
        }
    }

    private static bool TryResetHighWater()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>A "kB" line of /proc/self/status in bytes; null off Linux.</summary>
    private static long? Status(string key)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }

    /// <summary>Process-wide peak since start (for the record; includes the build of the corpus and the publishes).</summary>
    public static long LifetimePeakWorkingSet() => Process.GetCurrentProcess().PeakWorkingSet64;
}
