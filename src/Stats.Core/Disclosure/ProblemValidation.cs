using System.Globalization;

namespace Stats.Core.Disclosure;

/// <summary>
/// Checks a <see cref="ProtectionProblem"/> and brings it into canonical form. A relation that does not add up is an
/// error, not something to repair: it means the caller's cube is broken, and protecting a broken cube protects nothing.
/// </summary>
internal static class ProblemValidation
{
    public static CanonicalProblem Canonicalize(ProtectionProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(problem.Values);
        ArgumentNullException.ThrowIfNull(problem.Relations);
        var values = problem.Values.ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < 0)
            {
                throw Error($"Cell {i} has the negative value {values[i]}; values are counts of persons.");
            }
        }

        var costs = Costs(problem, values);
        var forced = Forced(problem, values.Length);
        var relations = new List<(int Total, int[] Members)>(problem.Relations.Count);
        for (var r = 0; r < problem.Relations.Count; r++)
        {
            relations.Add(Check(r, problem.Relations[r], values));
        }

        // Canonical order and no duplicates: linked tables share margins, so the same relation often arrives twice.
        relations.Sort(static (a, b) => a.Total != b.Total ? a.Total.CompareTo(b.Total) : CompareMembers(a.Members, b.Members));
        var unique = new List<(int Total, int[] Members)>(relations.Count);
        foreach (var relation in relations)
        {
            if (unique.Count == 0 || unique[^1].Total != relation.Total || CompareMembers(unique[^1].Members, relation.Members) != 0)
            {
                unique.Add(relation);
            }
        }

        var ofCell = new List<int>[values.Length];
        for (var r = 0; r < unique.Count; r++)
        {
            (ofCell[unique[r].Total] ??= []).Add(r);
            foreach (var m in unique[r].Members)
            {
                (ofCell[m] ??= []).Add(r);
            }
        }

        return new CanonicalProblem(
            values,
            costs,
            forced,
            unique.Select(u => u.Total).ToArray(),
            unique.Select(u => u.Members).ToArray(),
            ofCell.Select(l => l?.ToArray() ?? []).ToArray());
    }

    private static double[] Costs(ProtectionProblem problem, long[] values)
    {
        if (problem.Costs is null)
        {
            return values.Select(v => v + 1.0).ToArray();
        }

        if (problem.Costs.Count != values.Length)
        {
            throw Error($"Costs has {problem.Costs.Count} entries but there are {values.Length} cells.");
        }

        var costs = problem.Costs.ToArray();
        for (var i = 0; i < costs.Length; i++)
        {
            if (!double.IsFinite(costs[i]))
            {
                throw Error($"Cell {i} has the cost {costs[i]}; costs must be finite numbers.");
            }
        }

        return costs;
    }

    private static bool[] Forced(ProtectionProblem problem, int cellCount)
    {
        var forced = new bool[cellCount];
        foreach (var cell in problem.Forced ?? [])
        {
            if (cell < 0 || cell >= cellCount)
            {
                throw Error($"Forced cell {cell} is outside 0 … {cellCount - 1}.");
            }

            forced[cell] = true;
        }

        return forced;
    }

    private static (int Total, int[] Members) Check(int r, AdditiveRelation? relation, long[] values)
    {
        if (relation?.Members is null)
        {
            throw Error($"Relation {r} is null or has no member list.");
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"Relation {r} (total cell {relation.Total})");
        if (relation.Members.Count < 2)
        {
            throw Error($"{name} has {relation.Members.Count} member(s); a relation needs at least 2.");
        }

        var cells = relation.Members.Append(relation.Total).ToArray();
        if (cells.Any(c => c < 0 || c >= values.Length))
        {
            throw Error($"{name} refers to cell {cells.First(c => c < 0 || c >= values.Length)}, outside 0 … {values.Length - 1}.");
        }

        // A repeated cell would make "exactly one suppressed cell" ambiguous and is never meant by a caller.
        if (cells.Distinct().Count() != cells.Length)
        {
            throw Error($"{name} lists a cell twice (the total among its members or a repeated member).");
        }

        var sum = relation.Members.Sum(m => values[m]);
        if (sum != values[relation.Total])
        {
            throw Error($"{name} does not add up: value[{relation.Total}] = {values[relation.Total]} but its members sum to {sum}.");
        }

        var members = relation.Members.ToArray();
        Array.Sort(members);
        return (relation.Total, members);
    }

    private static int CompareMembers(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static ArgumentException Error(FormattableString message) =>
        new(message.ToString(CultureInfo.InvariantCulture), "problem");
}
