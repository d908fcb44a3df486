namespace Stats.Core.Disclosure;

/// <summary>Threshold rule: a cell with 1 … <see cref="K"/>−1 persons must not be published.</summary>
public sealed record DisclosureRule
{
    public DisclosureRule(int k)
    {
        // k = 1 would suppress nothing and k ≤ 0 is meaningless; refusing them keeps a typo from publishing raw counts.
        if (k < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "k must be at least 2.");
        }

        K = k;
    }

    public int K { get; }
}
