namespace Stats.Api.Intake;

/// <summary>A request body cut off with <see cref="DeliveryTooLargeException"/> past a limit (a multipart body as a whole).</summary>
internal sealed class LimitedReadStream(Stream inner, long maxBytes) : ForwardReadStream
{
    private long _read;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        _read += read;
        return _read > maxBytes ? throw new DeliveryTooLargeException(maxBytes) : read;
    }
}
