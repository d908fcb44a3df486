namespace Stats.Etl.Synthetic;

/// <summary>
/// A shuffled deck holding each value in its exact share of <c>size</c> draws (largest-remainder rounding), so that
/// headline shares (female, children, citizens) hit their targets for every seed instead of wandering with sampling
/// noise; past <c>size</c> draws it falls back to weighted sampling.
/// </summary>
internal sealed class Deck<T>
{
    private readonly T[] _cards;
    private readonly IReadOnlyList<(T Value, double Weight)> _weights;
    private readonly Random _random;
    private int _next;

    public Deck(IReadOnlyList<(T Value, double Weight)> weights, int size, Random random)
    {
        _weights = weights;
        _random = random;
        var total = weights.Sum(w => w.Weight);
        var exact = weights.Select(w => w.Weight / total * size).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (var i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(size - counts.Sum()))
        {
            counts[i]++;
        }

        _cards = [.. weights.SelectMany((w, i) => Enumerable.Repeat(w.Value, counts[i]))];
        random.Shuffle(_cards);
    }

    public T Draw() => _next < _cards.Length ? _cards[_next++] : _random.Weighted(_weights);
}
