namespace Stats.Benchmarks;

/// <summary>What one memory-child reports: the rows it loaded, the file's size, the load's wall time and the peak resident set.</summary>
internal sealed record MemoryProbeResult(int Rows, double FileMegabytes, double Seconds, double PeakMegabytes);
