namespace Stats.Etl.Tests.Channels;

/// <summary>An endless stream of zeros that cancels its token once a number of bytes has been read.</summary>
internal sealed class CancellingStream(CancellationTokenSource cancel, long bytesBeforeCancel) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_read >= bytesBeforeCancel)
        {
            cancel.Cancel();
            cancel.Token.ThrowIfCancellationRequested();
        }

        var n = Math.Min(count, 8192);
        Array.Clear(buffer, offset, n);
        _read += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
