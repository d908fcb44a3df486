using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Stats.Etl.Synthetic;

/// <summary>
/// Independent random streams derived from one seed, one per concern, so that changing how (say) courts are
/// generated does not shift the victims. Uses System.Random's seeded algorithm, which .NET keeps stable.
/// </summary>
internal static class SeededRandom
{
    public static Random For(int seed, string stream)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(seed.ToString(System.Globalization.CultureInfo.InvariantCulture), ":", stream)));
        return new Random(BinaryPrimitives.ReadInt32LittleEndian(hash));
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T Weighted<T>(this Random random, IReadOnlyList<(T Value, double Weight)> items)
    {
        var total = 0.0;
        foreach (var item in items)
        {
            total += item.Weight;
        }

        var target = random.NextDouble() * total;
        foreach (var item in items)
        {
            target -= item.Weight;
            if (target < 0)
            {
                return item.Value;
            }
        }

        return items[^1].Value;
    }

    /// <summary>A date in [from, to], both inclusive; <paramref name="to"/> before <paramref name="from"/> gives <paramref name="from"/>.</summary>
    public static DateOnly Between(this Random random, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
}
