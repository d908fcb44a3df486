using System.Runtime.InteropServices;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// The instrument of the corpus's memory bound sees what it must: 256 MiB of native memory (as DuckDB or an inflated part
/// would take) in the resident set's peak, and a 64 MiB managed string (a huge line held in .NET) in the load's allocation.
/// Runs in the corpus's collection, so never beside the corpus itself.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class MemoryWatchTests
{
    [Fact]
    public async Task The_watch_sees_a_native_block_in_the_peak_and_a_managed_string_in_the_allocation()
    {
        // The corpus test runs just before in this collection: were its garbage still resident, the GC could hand it back to
        // the kernel while the block is held, and the peak would read lower than the block (190 MiB was seen in CI).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var watch = new MemoryWatch();
        const int native = 256 << 20;
        var block = Marshal.AllocHGlobal(native);
        try
        {
            // Touch every page, so the kernel backs it.
            for (var offset = 0; offset < native; offset += 4096)
            {
                Marshal.WriteByte(block, offset, 1);
            }

            await Task.Delay(50);
        }
        finally
        {
            Marshal.FreeHGlobal(block);
        }

        var length = await watch.MeasureAsync("a 32 MiB line", () => Task.FromResult(new string('A', 32 << 20).Length));

        length.Should().Be(32 << 20);
        (watch.PeakRss - watch.BaselineRss).Should().BeGreaterThan(200L << 20);
        watch.LargestAllocation.Bytes.Should().BeGreaterThan(64L << 20);
        watch.LargestAllocation.File.Should().Be("a 32 MiB line");
    }
}
