namespace Stats.Core.Estimation;

/// <summary>
/// Refusals before any model is fitted: too few lists, an empty table or list, a list that shares no person with any
/// other list (nothing in the table relates it to the others, so its persons could not be placed in any model).
/// </summary>
internal static class TableChecks
{
    public static void Check(OverlapTable table, EstimationOptions options)
    {
        if (table.ListCount < options.MinimumLists)
        {
            throw new EstimationRefusedException(
                RefusalReason.TooFewLists,
                $"the table has {table.ListCount} list{(table.ListCount == 1 ? string.Empty : "s")} ({string.Join(", ", table.Lists)}); multiple systems estimation needs at least {options.MinimumLists}: " +
                "with two lists the estimate rests entirely on the untestable assumption that they are independent (Lincoln–Petersen).");
        }

        if (table.Observed == 0)
        {
            throw new EstimationRefusedException(RefusalReason.EmptyList, "the table has no person on any list.");
        }

        for (var i = 0; i < table.ListCount; i++)
        {
            if (table.ListSize(i) == 0)
            {
                throw new EstimationRefusedException(RefusalReason.EmptyList, $"list '{table.Lists[i]}' has no person; leave it out of the table.");
            }
        }

        for (var i = 0; i < table.ListCount; i++)
        {
            var shared = Enumerable.Range(1, table.CellCount - 1)
                .Where(m => (m & (1 << i)) != 0 && System.Numerics.BitOperations.PopCount((uint)m) > 1)
                .Sum(m => table[m]);
            if (shared == 0)
            {
                throw new EstimationRefusedException(
                    RefusalReason.ListWithoutOverlap,
                    $"list '{table.Lists[i]}' ({table.ListSize(i)} persons) shares no person with any other list, so the table says nothing about how it relates to them; " +
                    "leave it out, or merge it with a related list.");
            }
        }
    }
}
