using Stats.Warehouse.OData;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// Random $filter and $orderby expressions over the properties of one set: comparisons with typed literals (and now
/// and then a literal of another type), arithmetic, the canonical functions the service translates and some it does not,
/// functions with the wrong number or type of arguments, 'in' lists, any/all lambdas, and/or/not nesting. An
/// <c>ordinary</c> generator keeps to what the service implements, with ordinary literals of the right type, so that a good
/// share of queries is evaluated and read back.
/// </summary>
internal sealed class FilterExpressions(FlatEntitySet set, Random random, bool ordinary = false)
{
    private static readonly int[] OrdinaryKinds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 21, 23];

    private static readonly string[] Comparisons = ["eq", "ne", "gt", "ge", "lt", "le"];
    private static readonly string[] Arithmetic = ["add", "sub", "mul", "div", "mod", "divby"];
    private static readonly string[] Unsupported =
    [
        "substring({0},1)", "indexof({0},'a')", "concat({0},'x')", "round({0})", "floor({0})", "ceiling({0})", "cast({0},Edm.String)",
        "isof({0},Edm.Int32)", "now()", "maxdatetime()", "date({0})", "time({0})", "fractionalseconds({0})", "totaloffsetminutes({0})",
        "geo.distance({0},geography'POINT(1 2)')", "matchesPattern({0},'^A')", "case({0} eq 1:1,true:0)", "hour({0})", "second({0})",
        "Stats.Unknown({0})", "substringof('a',{0})",
    ];

    private static readonly string[] WrongArity =
    [
        "contains({0})", "contains({0},'a','b')", "startswith()", "endswith({0},{0},{0})", "tolower()", "tolower({0},{0})", "length()",
        "year()", "month({0},1)", "trim({0},'x')", "day()",
    ];

    private static readonly string[] Lambdas =
    [
        "{0}/any(x: x eq 'c')", "{0}/all(x: x ne 'c')", "{0}/any()", "{0}/any(x: x/any(y: y/all(z: z eq 1)))", "any(x: true)",
        "{0}/any(x: {0} eq x)", "{0}/all(x: x/any(y: y eq 'a') and x/all(z: z ne 'b'))", "{0}/$count gt 1", "{0}/any(d:d/Value gt 1)",
    ];

    public string Filter(int depth = 3)
    {
        if (depth <= 0)
        {
            return Predicate();
        }

        return random.Next(10) switch
        {
            0 or 1 => $"{Filter(depth - 1)} and {Filter(depth - 1)}",
            2 => $"{Filter(depth - 1)} or {Filter(depth - 1)}",
            3 => $"not ({Filter(depth - 1)})",
            4 => $"({Filter(depth - 1)})",
            _ => Predicate(),
        };
    }

    /// <summary>A predicate the service may not translate: an unknown function, the wrong arity, a lambda, a literal of another type.</summary>
    public string Odd() => Predicate(16 + random.Next(4));

    public string Predicate(int? kind = null)
    {
        var property = Property();
        return (kind ?? (ordinary ? FuzzLiterals.Pick(OrdinaryKinds, random) : random.Next(24))) switch
        {
            < 12 => $"{Operand(property)} {FuzzLiterals.Pick(Comparisons, random)} {Literal(property.Type)}",
            12 or 13 => property.Type == FlatType.String
                ? $"{FuzzLiterals.Pick(["contains", "startswith", "endswith"], random)}({property.Name},{Literal(FlatType.String)})"
                : $"{property.Name} {FuzzLiterals.Pick(Comparisons, random)} {Property().Name}",
            14 => $"{property.Name} in ({string.Join(",", Enumerable.Range(0, random.Next(0, 5)).Select(_ => Literal(property.Type)))})",
            15 => $"{property.Name} eq null",
            16 => string.Format(System.Globalization.CultureInfo.InvariantCulture, FuzzLiterals.Pick(Unsupported, random), property.Name) + " eq 1",
            17 => string.Format(System.Globalization.CultureInfo.InvariantCulture, FuzzLiterals.Pick(WrongArity, random), property.Name),
            18 => string.Format(System.Globalization.CultureInfo.InvariantCulture, FuzzLiterals.Pick(Lambdas, random), property.Name),
            19 => $"{property.Name} {FuzzLiterals.Pick(Comparisons, random)} {FuzzLiterals.Any(random)}",
            20 => FuzzLiterals.Pick(["true", "false", "null", property.Name, "1", "'x'", "1 eq 1", "-(" + property.Name + ")"], random),
            21 => $"{Operand(property)} {FuzzLiterals.Pick(Arithmetic, random)} {Literal(property.Type)} {FuzzLiterals.Pick(Comparisons, random)} {Literal(property.Type)}",
            22 => $"{property.Name.ToLowerInvariant()} eq {Literal(property.Type)}",
            _ => $"{FunctionOf(property)} {FuzzLiterals.Pick(Comparisons, random)} {Literal(FlatType.Int32)}",
        };
    }

    /// <summary>A property, or an expression over it of the same kind (arithmetic on numbers, case and trim on text).</summary>
    public string Operand(FlatProperty property)
    {
        if (random.Next(3) > 0)
        {
            return property.Name;
        }

        return property.Type switch
        {
            FlatType.Int32 or FlatType.Int64 or FlatType.Double => random.Next(4) == 0
                ? $"-{property.Name}"
                : $"({property.Name} {FuzzLiterals.Pick(Arithmetic[..5], random)} {Literal(property.Type)})",
            FlatType.String => $"{FuzzLiterals.Pick(["tolower", "toupper", "trim"], random)}({property.Name})",
            _ => property.Name,
        };
    }

    public string OrderBy()
    {
        var terms = Enumerable.Range(0, random.Next(1, 8)).Select(_ =>
        {
            var property = Property();
            var term = random.Next(5) switch
            {
                0 => Operand(property),
                1 => FunctionOf(property),
                2 => Predicate(),
                _ => property.Name,
            };
            return ordinary
                ? (random.Next(2) == 0 ? Operand(property) : property.Name) + FuzzLiterals.Pick(["", " asc", " desc"], random)
                : term + FuzzLiterals.Pick(["", "", " asc", " desc", " DESC", " up"], random);
        });
        return string.Join(",", terms);
    }

    public string Select() => (ordinary ? FuzzLiterals.Pick([0, 1, 6, 7], random) : random.Next(8)) switch
    {
        0 => "*",
        1 => string.Join(",", set.Properties.Select(p => p.Name)),
        2 => Property().Name + "," + Property().Name,
        3 => $"{Property().Name}($top=1)",
        4 => $"Stats.{set.Name}/{Property().Name}",
        5 => "Nonexistent," + Property().Name,
        _ => string.Join(",", set.Properties.Where(_ => random.Next(3) == 0).Select(p => p.Name).DefaultIfEmpty(Property().Name)),
    };

    public FlatProperty Property() => set.Properties[random.Next(set.Properties.Count)];

    private string FunctionOf(FlatProperty property) => property.Type switch
    {
        FlatType.String => $"length({property.Name})",
        FlatType.Date => $"{FuzzLiterals.Pick(["year", "month", "day"], random)}({property.Name})",
        _ => $"{FuzzLiterals.Pick(["length", "year", "tolower"], random)}({property.Name})",
    };

    /// <summary>Mostly a literal of the property's type; one in eight of any type (a type mismatch the parser must refuse).</summary>
    private string Literal(FlatType type) =>
        ordinary ? FuzzLiterals.Of(type, random, ordinary: true) : random.Next(8) == 0 ? FuzzLiterals.Any(random) : FuzzLiterals.Of(type, random);
}
