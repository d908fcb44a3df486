namespace Stats.Core.Estimation;

/// <summary>
/// The incomplete 2^k contingency table of multiple systems estimation: for every non-empty combination of k lists, the
/// number of persons seen on exactly that combination. A combination is a bit mask (bit i = list i); the all-zero cell
/// (persons on no list) is what the estimate is about, so it is never part of the table.
/// </summary>
public sealed class OverlapTable
{
    /// <summary>2^15 cells is far beyond any real set of agency lists and keeps the design matrix in memory.</summary>
    public const int MaxLists = 15;

    private readonly long[] counts;

    public OverlapTable(IReadOnlyList<string> lists, IReadOnlyDictionary<int, long> persons)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(persons);
        if (lists.Count is < 1 or > MaxLists)
        {
            throw new ArgumentException($"An overlap table has 1 to {MaxLists} lists, not {lists.Count}.", nameof(lists));
        }

        var duplicate = lists.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null || lists.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"List names must be distinct and not empty ('{duplicate?.Key}').", nameof(lists));
        }

        Lists = [.. lists];
        counts = new long[1 << lists.Count];
        foreach (var (mask, count) in persons)
        {
            if (mask <= 0 || mask >= counts.Length)
            {
                throw new ArgumentException($"Combination {mask} is not a non-empty combination of {lists.Count} lists.", nameof(persons));
            }

            counts[mask] = count >= 0 ? count : throw new ArgumentException($"Combination {Name(mask)} has a negative count ({count}).", nameof(persons));
        }
    }

    public IReadOnlyList<string> Lists { get; }

    public int ListCount => Lists.Count;

    /// <summary>Number of cells including the unobserved all-zero one: 2^k.</summary>
    public int CellCount => counts.Length;

    /// <summary>Persons seen on exactly this combination; 0 for the unobserved cell.</summary>
    public long this[int mask] => counts[mask];

    /// <summary>Persons seen on at least one list.</summary>
    public long Observed => counts.Sum();

    /// <summary>Persons on list i (whatever the other lists).</summary>
    public long ListSize(int list) => Enumerable.Range(1, counts.Length - 1).Where(m => (m & (1 << list)) != 0).Sum(m => counts[m]);

    /// <summary>Persons on every list of the mask (whatever the other lists): the sufficient statistic of that term.</summary>
    public long OnAll(int mask) => Enumerable.Range(1, counts.Length - 1).Where(m => (m & mask) == mask).Sum(m => counts[m]);

    /// <summary>The lists of a combination joined with '+', in list order.</summary>
    public string Name(int mask) =>
        string.Join('+', Enumerable.Range(0, Lists.Count).Where(i => (mask & (1 << i)) != 0).Select(i => Lists[i]));

    /// <summary>
    /// Builds a table from combinations given by list names (e.g. the warehouse's "NRM+POL" rows split on '+'). Lists are
    /// ordered by name (ordinal) unless <paramref name="lists"/> gives the order; a combination may appear once only.
    /// </summary>
    public static OverlapTable FromCombinations(IEnumerable<(IReadOnlyList<string> Lists, long Persons)> rows, IReadOnlyList<string>? lists = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var materialised = rows.ToList();
        var names = lists ?? [.. materialised.SelectMany(r => r.Lists).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var persons = new Dictionary<int, long>();
        foreach (var (combination, count) in materialised)
        {
            var mask = 0;
            foreach (var list in combination)
            {
                mask |= index.TryGetValue(list, out var i) ? 1 << i : throw new ArgumentException($"List '{list}' is not one of {string.Join(", ", names)}.", nameof(rows));
            }

            if (!persons.TryAdd(mask, count))
            {
                throw new ArgumentException($"Combination '{string.Join('+', combination)}' is given twice.", nameof(rows));
            }
        }

        return new OverlapTable(names, persons);
    }
}
