using Stats.Core.Disclosure;

namespace Stats.Warehouse.OData.Apply;

/// <summary>
/// Disclosure control of one <c>$apply</c> result with the cubes' <see cref="LinkedProtector"/> (threshold rule, LP-checked
/// secondary suppression). Cells are counts of distinct persons:
/// <list type="bullet">
/// <item>each returned group (in_g, the only cells this query publishes; cost value + 1, as the cubes);</item>
/// <item>its total over the groups (the same query without groupby is always answerable), with
/// total = Σ in_g;</item>
/// <item>when a filter is given, for each group the persons it excluded (out_g) and the unfiltered group (all_g = in_g +
/// out_g), and the same for the total: the unfiltered query answers all_g, so a small out_g would follow from
/// all_g − in_g — such a group, and a partner, are suppressed; likewise for each neighbouring filter (the filter with
/// one of its top-level 'and' conditions dropped), so that narrowing a published query by one condition cannot isolate
/// the few persons that condition removes.</item>
/// </list>
/// Every cell other than the returned groups is assumed known to the reader (another query can ask for it), so it gets
/// a cost far above any group and the protector suppresses returned groups instead. A filtered grouping also hides every
/// group that the unfiltered grouping hides, so the two answers stay consistent.
/// Counts are memberships: a person in several groups counts in each, so the relations always add up; for disjoint
/// groupings (the person-year facts grouped by person attributes) they are exact distinct-person counts.
/// Residual risk, not covered here: differencing through filters that are not neighbours in this sense (a condition
/// rewritten so that it is not a top-level conjunct, two conditions changed at once, overlapping filters; each query is
/// protected alone, and a cell assumed known may in fact be suppressed by the query that would give it, or the reverse),
/// cross-checking against raw analyst cube values, and min/max/sum of a published group revealing one dominant person's
/// value (no dominance rule). The API logs and rate-limits analyst queries against these.
/// </summary>
public static class ApplyProtection
{
    private const double Known = 1e9;

    /// <param name="groups">Every group of the unfiltered relation: persons passing the filter and persons in the group.</param>
    /// <param name="filtered">Whether a filter was given (else In = All).</param>
    /// <param name="grouped">Whether the query grouped (else the single row is the total itself).</param>
    /// <param name="k">The threshold.</param>
    /// <returns>Statuses aligned with <paramref name="groups"/>; those with In = 0 are not returned by a grouped query.</returns>
    public static IReadOnlyList<ConfidentialityStatus> Protect(IReadOnlyList<ApplyUnits> groups, bool filtered, bool grouped, int k)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var returned = Enumerable.Range(0, groups.Count).Where(i => !grouped || groups[i].In > 0).ToList();
        var result = Enumerable.Repeat(ConfidentialityStatus.Free, groups.Count).ToArray();
        if (returned.Count == 0)
        {
            return result;
        }

        var excluded = groups.Where(g => g.In == 0).ToList();
        var outside = new[] { excluded.Sum(g => g.All) }.Concat(Enumerable.Range(0, groups[0].Relaxed.Count).Select(i => excluded.Sum(g => g.Relaxed[i]))).ToList();
        var statuses = Solve(returned.Select(i => groups[i]).ToList(), outside, filtered, grouped, k);
        for (var r = 0; r < returned.Count; r++)
        {
            result[returned[r]] = statuses[r];
        }

        // A filtered result never publishes a group that the same grouping without the filter hides: otherwise the two
        // answers together undo the unfiltered result's secondary suppression (its total minus groups it published and
        // groups this one published).
        if (filtered && grouped)
        {
            var unfiltered = Solve(groups.Select(g => new ApplyUnits(g.All, g.All)).ToList(), [], false, true, k);
            foreach (var i in returned.Where(i => result[i] == ConfidentialityStatus.Free && unfiltered[i] != ConfidentialityStatus.Free))
            {
                result[i] = ConfidentialityStatus.Secondary;
            }
        }

        return result;
    }

    /// <summary>One protection problem; <c>outside</c> holds the persons of the groups not returned: in the group, then per relaxed filter.</summary>
    private static IReadOnlyList<ConfidentialityStatus> Solve(
        IReadOnlyList<ApplyUnits> groups, IReadOnlyList<long> outside, bool filtered, bool grouped, int k)
    {
        var values = new List<long>();
        var costs = new List<double>();
        var relations = new List<AdditiveRelation>();
        int Cell(long value, double cost)
        {
            values.Add(value);
            costs.Add(cost);
            return values.Count - 1;
        }

        var inCells = groups.Select(g => Cell(g.In, g.In + 1.0)).ToList();
        if (filtered)
        {
            for (var i = 0; i < groups.Count; i++)
            {
                AddSplit(relations, Cell, inCells[i], groups[i].In, groups[i].All);
                foreach (var relaxed in groups[i].Relaxed)
                {
                    AddSplit(relations, Cell, inCells[i], groups[i].In, relaxed);
                }
            }
        }

        if (grouped)
        {
            var totalIn = groups.Sum(g => g.In);
            var total = inCells.Count == 1 ? inCells[0] : Cell(totalIn, Known + totalIn);
            if (inCells.Count > 1)
            {
                relations.Add(new AdditiveRelation(total, inCells));
            }

            if (filtered)
            {
                AddSplit(relations, Cell, total, totalIn, groups.Sum(g => g.All) + outside.ElementAtOrDefault(0));
                for (var r = 0; r < groups[0].Relaxed.Count; r++)
                {
                    AddSplit(relations, Cell, total, totalIn, groups.Sum(g => g.Relaxed[r]) + outside.ElementAtOrDefault(r + 1));
                }
            }
        }

        try
        {
            return LinkedProtector.Protect(new ProtectionProblem(values, relations) { Costs = costs }, new DisclosureRule(k)).Take(groups.Count).ToList();
        }
        catch (InvalidOperationException)
        {
            // The protector could not certify every cell: publish nothing of this result rather than something exposed.
            return groups.Select(g => g.In > 0 && g.In < k ? ConfidentialityStatus.Primary : ConfidentialityStatus.Secondary).ToList();
        }
    }

    /// <summary>
    /// all = in + out, when the filter excluded someone (out = 0 says nothing beyond in = all). The unfiltered all is
    /// assumed known (cost far above any group); out, which no single query publishes, is the cheaper partner.
    /// </summary>
    private static void AddSplit(List<AdditiveRelation> relations, Func<long, double, int> cell, int inCell, long inUnits, long allUnits)
    {
        if (allUnits == inUnits)
        {
            return;
        }

        var outCell = cell(allUnits - inUnits, (Known / 2) + allUnits - inUnits);
        var allCell = cell(allUnits, Known + allUnits);
        relations.Add(new AdditiveRelation(allCell, [inCell, outCell]));
    }
}
