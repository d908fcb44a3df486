using Stats.Core.Estimation;

namespace Stats.Core.Tests.Estimation;

/// <summary>
/// Ground truth for simulations: a closed population of known size whose members each land on list i with probability
/// <see cref="Probabilities"/>[i], independently of the other lists — except that a <see cref="ListDependence"/> can make
/// one list more (or less) likely for persons already on another.
/// </summary>
internal sealed record CaptureModel(IReadOnlyList<string> Lists, IReadOnlyList<double> Probabilities, ListDependence? Dependence = null)
{
    /// <summary>Draws who is seen on which lists among <paramref name="population"/> persons and counts them by combination.</summary>
    public OverlapTable Draw(int population, Random random)
    {
        var counts = new long[1 << Lists.Count];
        for (var person = 0; person < population; person++)
        {
            var mask = 0;
            for (var list = 0; list < Lists.Count; list++)
            {
                if (random.NextDouble() < Probability(list, mask))
                {
                    mask |= 1 << list;
                }
            }

            counts[mask]++;
        }

        var persons = new Dictionary<int, long>();
        for (var mask = 1; mask < counts.Length; mask++)
        {
            persons[mask] = counts[mask];
        }

        return new OverlapTable(Lists, persons);
    }

    /// <summary>Chance of list <paramref name="list"/> given the lists before it the person is already on.</summary>
    private double Probability(int list, int onSoFar) =>
        Dependence is { } d && d.Dependent == list && d.Source < list && (onSoFar & (1 << d.Source)) != 0
            ? d.IfOnSource
            : Probabilities[list];
}
