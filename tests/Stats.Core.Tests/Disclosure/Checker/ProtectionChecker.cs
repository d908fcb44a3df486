using System.Globalization;
using Stats.Core.Disclosure;

namespace Stats.Core.Tests.Disclosure.Checker;

/// <summary>
/// Independent check of a protection result against guarantees 1–3 of <see cref="LinkedProtector"/>: primaries are
/// exactly the cells in 1 … k−1 and the forced cells; no relation holds exactly one suppressed cell; for every suppressed cell the exact LP
/// maximum (published cells fixed, suppressed cells ≥ 0, every relation) is at least k, and no suppressed non-zero
/// cell has LP minimum = maximum. One LP over all suppressed cells, no decomposition, exact arithmetic.
/// </summary>
internal static class ProtectionChecker
{
    public static List<string> Check(ProtectionProblem problem, int k, IReadOnlyList<ConfidentialityStatus> statuses)
    {
        var values = problem.Values;
        var failures = new List<string>();
        if (statuses.Count != values.Count)
        {
            return [$"{statuses.Count} statuses for {values.Count} cells"];
        }

        var forced = problem.Forced?.ToHashSet() ?? [];
        for (var i = 0; i < values.Count; i++)
        {
            var small = (values[i] >= 1 && values[i] < k) || forced.Contains(i);
            if (small != (statuses[i] == ConfidentialityStatus.Primary))
            {
                failures.Add(Text($"cell {i} = {values[i]} came out {statuses[i]}"));
            }
        }

        var suppressed = Enumerable.Range(0, values.Count).Where(i => statuses[i] != ConfidentialityStatus.Free).ToList();
        var column = suppressed.Select((cell, col) => (cell, col)).ToDictionary(p => p.cell, p => p.col);
        var a = new List<Fraction[]>();
        var b = new List<Fraction>();
        foreach (var relation in problem.Relations)
        {
            var cells = relation.Members.Append(relation.Total).ToList();
            var hidden = cells.Count(column.ContainsKey);
            if (hidden == 1)
            {
                failures.Add(Text($"relation with total {relation.Total} holds exactly one suppressed cell"));
            }

            if (hidden == 0)
            {
                continue;
            }

            // total − Σ members = 0, published cells moved to the right.
            var row = new Fraction[suppressed.Count];
            Fraction rhs = 0;
            foreach (var cell in cells)
            {
                var sign = cell == relation.Total ? 1 : -1;
                if (column.TryGetValue(cell, out var col))
                {
                    row[col] += sign;
                }
                else
                {
                    rhs -= sign * values[cell];
                }
            }

            a.Add(row);
            b.Add(rhs);
        }

        if (suppressed.Count == 0)
        {
            return failures;
        }

        var lp = ExactLp.Create(a, b, suppressed.Count)
            ?? throw new InvalidOperationException("the true values must satisfy the relations");
        foreach (var cell in suppressed)
        {
            var c = new Fraction[suppressed.Count];
            c[column[cell]] = 1;
            var max = lp.Maximize(c);
            if (max is { } upper && upper < k)
            {
                failures.Add(Text($"suppressed cell {cell} = {values[cell]} has exact upper bound {upper} < k = {k}"));
            }

            if (values[cell] > 0 && max is { } m && m == values[cell])
            {
                c[column[cell]] = -1;
                var lower = -lp.Maximize(c)!.Value;
                if (lower == m)
                {
                    failures.Add(Text($"suppressed cell {cell} = {values[cell]} is pinned by the published cells"));
                }
            }
        }

        return failures;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
