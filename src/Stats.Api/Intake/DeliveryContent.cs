using System.Security.Cryptography;

namespace Stats.Api.Intake;

/// <summary>
/// The body of an uploaded delivery as the inbox reads it: forward-only, asynchronous, counted and hashed (SHA-256) on the
/// way through, and cut off with <see cref="DeliveryTooLargeException"/> once more than the limit has been read, so a
/// chunked upload of unknown length cannot grow past it.
/// </summary>
public sealed class DeliveryContent : Stream
{
    private readonly Stream _inner;
    private readonly long _maxBytes;
    private readonly Func<CancellationToken, Task>? _atEnd;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _sha256;

    /// <param name="inner">The body (or the file part of a multipart body).</param>
    /// <param name="maxBytes">The most bytes the delivery may have.</param>
    /// <param name="atEnd">Runs once when the inner stream ends, before the end is reported (checks the rest of a multipart body).</param>
    public DeliveryContent(Stream inner, long maxBytes, Func<CancellationToken, Task>? atEnd = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        _inner = inner;
        _maxBytes = maxBytes;
        _atEnd = atEnd;
    }

    /// <summary>Bytes read so far.</summary>
    public long Bytes { get; private set; }

    /// <summary>True once the end of the delivery has been read.</summary>
    public bool Completed => _sha256 is not null;

    /// <summary>The lower-case hex SHA-256 of the whole delivery; available once <see cref="Completed"/>.</summary>
    public string Sha256 => _sha256 ?? throw new InvalidOperationException("The delivery has not been read to its end.");

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Bytes;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_sha256 is not null || buffer.Length == 0)
        {
            return 0;
        }

        var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            if (_atEnd is not null)
            {
                await _atEnd(cancellationToken).ConfigureAwait(false);
            }

            _sha256 = Convert.ToHexStringLower(_hash.GetHashAndReset());
            return 0;
        }

        Bytes += read;
        if (Bytes > _maxBytes)
        {
            throw new DeliveryTooLargeException(_maxBytes);
        }

        _hash.AppendData(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Not supported: the request body is read asynchronously only (Kestrel forbids synchronous reads).</summary>
    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("Read the delivery asynchronously (CopyToAsync, ReadAsync).");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
