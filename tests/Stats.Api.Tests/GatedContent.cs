using System.Net;
using System.Net.Http.Headers;

namespace Stats.Api.Tests;

/// <summary>A chunked body sent in two halves: the second only after <c>gate</c> completes.</summary>
internal sealed class GatedContent : HttpContent
{
    private readonly byte[] _bytes;
    private readonly Func<Task> _gate;

    public GatedContent(byte[] bytes, Func<Task> gate, string contentType)
    {
        _bytes = bytes;
        _gate = gate;
        Headers.ContentType = new MediaTypeHeaderValue(contentType);
    }

    public int FirstHalf => _bytes.Length / 2;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_bytes.AsMemory(0, FirstHalf));
        await stream.FlushAsync();
        await _gate();
        await stream.WriteAsync(_bytes.AsMemory(FirstHalf));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
