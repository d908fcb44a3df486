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
/// all_g − in_g — such a group, and a partner, are suppressed.</item>
/// </list>
/// Every cell other than the returned groups is assumed known to the reader (another query can ask for it), so it gets
/// a cost far above any group and the protector suppresses returned groups instead.
/// Counts are memberships: a person in several groups counts in each, so the relations always add up; for disjoint
/// groupings (the person-year facts grouped by person attributes) they are exact distinct-person counts.
/// Residual risk, not covered here: differencing across many queries with nested or overlapping filters (each query is
/// protected alone, and a cell assumed known may in fact be suppressed by the query that would give it, or the reverse),
/// cross-checking against raw analyst cube values, and min/max/sum of a published group revealing one dominant person's
/// value (no dominance rule). The API logs and rate-limits analyst queries against these.
/// </summary>
public static class ApplyProtection
{
    private const double Known = 1e9;

    /// <param name="groups">Per returned group: persons passing the filter (≥ 1) and persons in the group.</param>
    /// <param name="excludedGroupsUnits">Persons of the groups with no row passing the filter (not returned).</param>
    /// <param name="filtered">Whether a filter was given (else in = all and the out cells are omitted).</param>
    /// <param name="grouped">Whether the query grouped (else the single row is the total itself).</param>
    /// <param name="k">The threshold.</param>
    public static IReadOnlyList<ConfidentialityStatus> Protect(
        IReadOnlyList<(long In, long All)> groups, long excludedGroupsUnits, bool filtered, bool grouped, int k)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count == 0)
        {
            return [];
        }

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
        if (!grouped)
        {
            if (filtered)
            {
                AddSplit(relations, Cell, inCells[0], groups[0].In, groups[0].All);
            }
        }
        else
        {
            if (filtered)
            {
                for (var i = 0; i < groups.Count; i++)
                {
                    AddSplit(relations, Cell, inCells[i], groups[i].In, groups[i].All);
                }
            }

            var totalIn = groups.Sum(g => g.In);
            var total = inCells.Count == 1 ? inCells[0] : Cell(totalIn, Known + totalIn);
            if (inCells.Count > 1)
            {
                relations.Add(new AdditiveRelation(total, inCells));
            }

            if (filtered)
            {
                AddSplit(relations, Cell, total, totalIn, groups.Sum(g => g.All) + excludedGroupsUnits);
            }
        }

        try
        {
            return LinkedProtector.Protect(new ProtectionProblem(values, relations) { Costs = costs }, new DisclosureRule(k))
                .Take(groups.Count).ToList();
        }
        catch (InvalidOperationException)
        {
            // The protector could not certify every cell: publish nothing of this result rather than something exposed.
            return groups.Select(g => g.In > 0 && g.In < k ? ConfidentialityStatus.Primary : ConfidentialityStatus.Secondary).ToList();
        }
    }

    /// <summary>all = in + out, with out and all assumed known (the unfiltered and the negated-filter queries give them).</summary>
    private static void AddSplit(List<AdditiveRelation> relations, Func<long, double, int> cell, int inCell, long inUnits, long allUnits)
    {
        var outCell = cell(allUnits - inUnits, Known + allUnits - inUnits);
        var allCell = cell(allUnits, Known + allUnits);
        relations.Add(new AdditiveRelation(allCell, [inCell, outCell]));
    }
}
