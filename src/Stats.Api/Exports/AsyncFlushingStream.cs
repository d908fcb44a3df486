namespace Stats.Api.Exports;

/// <summary>
/// A write-only stream over the response body for ZipArchive: asynchronous writes go through (after what is pending), and
/// the few synchronous ones ZipArchive still makes in create mode over a forward-only stream (closing an entry's deflate
/// stream writes its last block and data descriptor with Write, which Kestrel refuses) are kept in memory until the next
/// asynchronous write or <see cref="FlushAsync(CancellationToken)"/>. What is held at once is an entry's tail or the
/// central directory: kilobytes, never a file.
/// </summary>
internal sealed class AsyncFlushingStream(Stream inner) : Stream
{
    private readonly MemoryStream _pending = new();
    private long _written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    /// <summary>Bytes accepted so far; ZipArchive reads it to record where each entry starts.</summary>
    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    /// <summary>The most held in memory at once, for the tests' check that nothing large is buffered.</summary>
    public long LargestPending { get; private set; }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _written += buffer.Length;
        LargestPending = Math.Max(LargestPending, _pending.Length);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        _written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length > 0)
        {
            await inner.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken).ConfigureAwait(false);
            _pending.SetLength(0);
        }
    }

    /// <summary>A no-op: flushing happens asynchronously (ZipArchive calls Flush from synchronous paths).</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
