namespace Stats.Core.Disclosure;

/// <summary>
/// Bound propagation over constraints Σ aᵢ·xᵢ = 0 with aᵢ = ±1 and xᵢ ≥ 0: each unknown xⱼ = Σ_{i≠j} (−aⱼ·aᵢ)·xᵢ is
/// bounded by interval arithmetic on the others. Every step keeps the bounds sound, so stopping early is safe.
/// </summary>
internal static class AuditPropagation
{
    private const int MaxRounds = 10_000;

    public static void Run(List<(int Cell, int Coefficient)[]> constraints, bool[] unknown, long[] lower, long?[] upper)
    {
        var relevant = constraints.Where(c => c.Any(t => unknown[t.Cell])).ToList();
        for (var round = 0; round < MaxRounds; round++)
        {
            var changed = false;
            foreach (var terms in relevant)
            {
                foreach (var (j, aj) in terms)
                {
                    if (!unknown[j])
                    {
                        continue;
                    }

                    long min = 0;
                    var minUnbounded = false; // some subtracted term has no upper bound: xⱼ ≥ 0 is all we get
                    long? max = 0;
                    foreach (var (i, ai) in terms)
                    {
                        if (i == j)
                        {
                            continue;
                        }

                        if (-aj * ai > 0)
                        {
                            min += lower[i];
                            max = max + upper[i]; // null (unbounded) stays null
                        }
                        else
                        {
                            max -= lower[i];
                            if (upper[i] is { } u)
                            {
                                min -= u;
                            }
                            else
                            {
                                minUnbounded = true;
                            }
                        }
                    }

                    if (!minUnbounded && min > lower[j])
                    {
                        lower[j] = min;
                        changed = true;
                    }

                    if (max is { } m && (upper[j] is null || m < upper[j]))
                    {
                        upper[j] = m;
                        changed = true;
                    }
                }
            }

            if (!changed)
            {
                return;
            }
        }
    }
}
