using System.Net;
using System.Net.Http.Headers;

namespace Stats.Api.Tests;

/// <summary>A request body of unknown length (sent chunked), written in pieces with a pause between them.</summary>
internal sealed class DripContent : HttpContent
{
    private readonly byte[] _bytes;
    private readonly int _piece;
    private readonly TimeSpan _pause;

    public DripContent(byte[] bytes, int piece, TimeSpan pause, string contentType)
    {
        _bytes = bytes;
        _piece = piece;
        _pause = pause;
        Headers.ContentType = new MediaTypeHeaderValue(contentType);
    }

    public DripContent(byte[] bytes, string contentType)
        : this(bytes, 256, TimeSpan.Zero, contentType)
    {
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < _bytes.Length; offset += _piece)
        {
            await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(_piece, _bytes.Length - offset)));
            await stream.FlushAsync();
            if (_pause > TimeSpan.Zero)
            {
                await Task.Delay(_pause);
            }
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
