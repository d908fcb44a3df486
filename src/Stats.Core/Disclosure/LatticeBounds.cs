namespace Stats.Core.Disclosure;

/// <summary>
/// The protector's own view of what an intruder can derive: interval bounds of every suppressed slot, tightened over
/// all relations until nothing changes. Sound (never narrower than the true feasible range), possibly wider.
/// </summary>
internal static class LatticeBounds
{
    public const long Unbounded = long.MaxValue;

    // A safety net only: propagation on consistent counts settles in a handful of sweeps. Stopping early leaves bounds
    // that are still sound, only wider.
    private const int MaxSweeps = 10_000;

    public static (long[] Lower, long[] Upper) Propagate(CubeLattice lattice, bool[] suppressed)
    {
        var n = lattice.Dimensions.Length;
        var lower = new long[suppressed.Length];
        var upper = new long[suppressed.Length];
        var active = new HashSet<(int Total, int Dim)>();
        for (var slot = 0; slot < suppressed.Length; slot++)
        {
            lower[slot] = suppressed[slot] ? 0 : lattice.Values[slot];
            upper[slot] = suppressed[slot] ? Unbounded : lattice.Values[slot];
            if (suppressed[slot])
            {
                for (var d = 0; d < n; d++)
                {
                    active.Add((lattice.RelationTotal(slot, d), d));
                }
            }
        }

        var relations = active.OrderBy(r => r.Total).ThenBy(r => r.Dim).ToArray();
        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            var changed = false;
            foreach (var (total, d) in relations)
            {
                changed |= Tighten(lattice, suppressed, lower, upper, total, d);
            }

            if (!changed)
            {
                break;
            }
        }

        return (lower, upper);
    }

    private static bool Tighten(CubeLattice lattice, bool[] suppressed, long[] lower, long[] upper, int total, int d)
    {
        var stride = lattice.Stride[d];
        var children = lattice.Radix[d] - 1;
        var first = total - (children * stride);
        long sumLower = 0, sumUpper = 0;
        var unbounded = 0;
        for (var c = 0; c < children; c++)
        {
            var s = first + (c * stride);
            sumLower += lower[s];
            if (upper[s] == Unbounded)
            {
                unbounded++;
            }
            else
            {
                sumUpper += upper[s];
            }
        }

        var changed = false;
        if (suppressed[total])
        {
            changed |= Raise(lower, total, sumLower);
            changed |= unbounded == 0 && Cut(upper, total, sumUpper);
        }

        for (var c = 0; c < children; c++)
        {
            var s = first + (c * stride);
            if (!suppressed[s])
            {
                continue;
            }

            var othersLower = sumLower - lower[s];
            var selfUnbounded = upper[s] == Unbounded;
            var othersUnbounded = unbounded - (selfUnbounded ? 1 : 0) > 0;
            var othersUpper = sumUpper - (selfUnbounded ? 0 : upper[s]);
            if (upper[total] != Unbounded)
            {
                changed |= Cut(upper, s, upper[total] - othersLower);
            }

            if (!othersUnbounded)
            {
                changed |= Raise(lower, s, lower[total] - othersUpper);
            }
        }

        return changed;
    }

    private static bool Raise(long[] lower, int slot, long candidate)
    {
        if (candidate <= lower[slot])
        {
            return false;
        }

        lower[slot] = candidate;
        return true;
    }

    private static bool Cut(long[] upper, int slot, long candidate)
    {
        if (candidate >= upper[slot])
        {
            return false;
        }

        upper[slot] = candidate;
        return true;
    }
}
