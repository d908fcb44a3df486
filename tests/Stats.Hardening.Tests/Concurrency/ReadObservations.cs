using System.Collections.Concurrent;

namespace Stats.Hardening.Tests.Concurrency;

/// <summary>What the readers saw, shared by all of them: requests by kind, responses by vintage, page sequences, failures.</summary>
internal sealed class ReadObservations
{
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, int> _vintages = new();

    public ConcurrentQueue<string> Failures { get; } = new();

    public ConcurrentQueue<PageSequence> Sequences { get; } = new();

    public IReadOnlyDictionary<string, int> Requests => _requests;

    /// <summary>Responses per vintage (by their X-Stats-Vintage header).</summary>
    public IReadOnlyDictionary<int, int> Vintages => _vintages;

    public int Total => _requests.Values.Sum();

    public void Request(string kind) => _requests.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public void Saw(int vintage) => _vintages.AddOrUpdate(vintage, 1, (_, n) => n + 1);

    public void Fail(string failure) => Failures.Enqueue(failure);

    /// <summary>Waits until some reader has been served <paramref name="vintage"/>, so that every published vintage is read while it is current.</summary>
    public async Task<bool> WaitSeenAsync(int vintage, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!_vintages.ContainsKey(vintage))
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }
}
