using Stats.Warehouse.OData;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// $apply clauses over a set's properties: the supported forms (filter, groupby, aggregate with $count, sum, min, max,
/// average, countdistinct), aggregates of the wrong type, reserved and duplicate aliases, too many group-by properties,
/// and the transformations the service does not implement.
/// </summary>
internal static class ApplyClauses
{
    private static readonly string[] Methods = ["sum", "min", "max", "average", "countdistinct", "median", "custom.x"];

    public static string Make(FlatEntitySet set, FilterExpressions expressions, Random random)
    {
        string P() => set.Properties[random.Next(set.Properties.Count)].Name;
        string Group() => string.Join(",", Enumerable.Range(0, random.Next(1, 4)).Select(_ => P()).Distinct());
        string Aggregate() => random.Next(3) == 0 ? "$count as N" : $"{P()} with {FuzzLiterals.Pick(Methods, random)} as {FuzzLiterals.Pick(["S", "N", "ConfStatus", "__x", "Year", "A1", "a b"], random)}";
        if (random.Next(2) == 0)
        {
            return Ordinary(set, expressions, random);
        }

        return random.Next(16) switch
        {
            0 or 1 => $"groupby(({Group()}),aggregate($count as N))",
            2 => "aggregate($count as N)",
            3 => $"groupby(({Group()}))",
            4 or 5 => $"filter({expressions.Filter(1)})/groupby(({Group()}),aggregate({Aggregate()}))",
            6 => $"filter({expressions.Predicate()})/filter({expressions.Predicate()})/aggregate({Aggregate()},{Aggregate()})",
            7 => $"aggregate({Aggregate()})",
            8 => $"groupby(({string.Join(",", set.Properties.Take(7).Select(p => p.Name))}),aggregate($count as N))",
            9 => $"filter({expressions.Filter(2)})",
            10 => FuzzLiterals.Pick(
                [$"compute({P()} add 1 as X)", $"topcount(5,{P()})", $"concat(aggregate($count as N),aggregate($count as M))", "identity",
                 $"groupby(({P()}),groupby(({P()})))", "search(x)", $"expand({P()})", $"orderby({P()})", "nest(groupby((x)) as y)"], random),
            11 => FuzzLiterals.Pick(["groupby(())", "aggregate()", "groupby((", "aggregate($count as N", "filter()", "", "/", "groupby((x))/", "aggregate($count)"], random),
            12 => $"groupby(({P()},{P()}),aggregate($count as N))/filter(N gt 1)",
            13 => $"groupby(({Group()}),aggregate({Aggregate()}))",
            14 => string.Join("/", Enumerable.Range(0, 6).Select(_ => $"filter({expressions.Predicate()})")) + "/aggregate($count as N)",
            _ => $"filter({string.Join(" and ", Enumerable.Range(0, 10).Select(_ => expressions.Predicate()))})/aggregate($count as N)",
        };
    }

    /// <summary>A clause the service implements: group by one or two non-measure properties, count, and sum or average a number.</summary>
    private static string Ordinary(FlatEntitySet set, FilterExpressions expressions, Random random)
    {
        var groups = set.Properties.Where(p => p.Type is FlatType.String or FlatType.Int32 or FlatType.Boolean).OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
        var numbers = set.Properties.Where(p => p.Type is FlatType.Int32 or FlatType.Int64 or FlatType.Double).ToList();
        var aggregates = new List<string> { "$count as N" };
        if (numbers.Count > 0 && random.Next(2) == 0)
        {
            aggregates.Add($"{FuzzLiterals.Pick(numbers, random).Name} with {FuzzLiterals.Pick(["sum", "min", "max", "average", "countdistinct"], random)} as S");
        }

        var aggregate = $"aggregate({string.Join(",", aggregates)})";
        var transformation = groups.Count == 0 || random.Next(5) == 0 ? aggregate : $"groupby(({string.Join(",", groups.Select(p => p.Name))}),{aggregate})";
        return random.Next(3) == 0 ? $"filter({expressions.Predicate()})/{transformation}" : transformation;
    }
}
