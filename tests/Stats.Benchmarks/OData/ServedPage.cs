namespace Stats.Benchmarks.OData;

/// <summary>The load test's server and its checked request: the answer's rows and bytes, and the in-process breakdown when measured.</summary>
internal sealed record ServedPage(LoopbackServer Server, Uri Url, int Rows, int Bytes, ServedRequestTimes? Times) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
