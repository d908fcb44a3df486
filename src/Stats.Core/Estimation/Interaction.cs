namespace Stats.Core.Estimation;

/// <summary>
/// An interaction term of a log-linear model: the lists it joins, as a bit mask of two or more lists. Its design column
/// is 1 in the cells of persons on all of those lists.
/// </summary>
public readonly record struct Interaction(int Mask)
{
    public int Order => System.Numerics.BitOperations.PopCount((uint)Mask);

    public bool InCell(int cell) => (cell & Mask) == Mask;

    /// <summary>The term written as list names joined by '*' (in list order), e.g. NRM*POL.</summary>
    public string Name(IReadOnlyList<string> lists)
    {
        var mask = Mask;
        return string.Join('*', Enumerable.Range(0, lists.Count).Where(i => (mask & (1 << i)) != 0).Select(i => lists[i]));
    }

    public static Interaction Of(int a, int b) => new((1 << a) | (1 << b));
}
