using System.Diagnostics;

namespace Stats.Benchmarks;

/// <summary>
/// Progress sink that times the builder's phases: each report ("units V04", "cube V04", "flags") closes the previous
/// phase. Synchronous on purpose (Progress&lt;T&gt; would post to the thread pool and blur the times).
/// </summary>
internal sealed class PhaseClock : IProgress<string>
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Start)> _marks = [];

    public TimeSpan Now => _watch.Elapsed;

    public void Report(string value) => _marks.Add((value, _watch.Elapsed));

    /// <summary>Duration of each phase; the last one runs to <paramref name="end"/> (flags, catalogue tables, commit).</summary>
    public IReadOnlyDictionary<string, TimeSpan> Phases(TimeSpan end)
    {
        var result = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        for (var i = 0; i < _marks.Count; i++)
        {
            var stop = i + 1 < _marks.Count ? _marks[i + 1].Start : end;
            result[_marks[i].Phase] = stop - _marks[i].Start;
        }

        return result;
    }

    /// <summary>Time before the first report (previous vintage, catalogue load, transaction start).</summary>
    public TimeSpan Lead => _marks.Count == 0 ? TimeSpan.Zero : _marks[0].Start;
}
