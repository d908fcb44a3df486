using System.Globalization;
using Stats.Warehouse.OData;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// The seeded source of fuzzed requests. Request n goes to set n/5 (round robin over every set of the model) as role n%5,
/// so every set × role pair gets its share; how the query is made is drawn by weight from the strategies below. The same
/// seed gives the same requests, so a failure printed by CI is reproduced locally with STATS_HARDENING_SEED.
/// </summary>
internal sealed class QueryGenerator(IReadOnlyList<FlatEntitySet> sets, IReadOnlyDictionary<FuzzRole, string> keys, IReadOnlyDictionary<string, CellRule> rules, int seed)
{
    private static readonly (string Name, int Weight)[] Strategies =
    [
        ("valid", 26), ("mutated", 22), ("raw", 8), ("garbage", 6), ("functions", 6), ("paging", 8), ("numbers", 4), ("path", 7),
        ("apply", 6), ("long", 2), ("fish", 5),
    ];

    private static readonly string[] Counts = ["0", "1", "5", "49", "50", "51", "100", "1000", "3000"];

    private static readonly string[] EdgeNumbers =
    [
        "-1", "0", "50", "51", "10000000", "10000001", "9223372036854775807", "9223372036854775808", "99999999999999999999", "1e3", "0x10",
        " 5", "5 ", "+5", "05", "", "٣", "5.0", "null", "-0",
    ];

    private readonly Random _random = new(seed);

    public FuzzRequest Next(int number)
    {
        var role = (FuzzRole)(number % 5);
        var set = sets[number / 5 % sets.Count];
        var expressions = new FilterExpressions(set, _random, ordinary: _random.Next(2) == 0);
        var strategy = Strategy();
        var (label, target) = strategy switch
        {
            "valid" => (set.Name, Feed(set, QueryEncoding.Query(Valid(set, expressions), _random))),
            "mutated" => (set.Name, Feed(set, QueryEncoding.Text(QueryMutator.Text(Text(Valid(set, expressions)), _random), _random))),
            "raw" => (set.Name, QueryMutator.Raw(Feed(set, QueryEncoding.Query(Valid(set, expressions), _random)), _random)),
            "garbage" => (set.Name, Feed(set, QueryEncoding.Text(Garbage(), _random))),
            "functions" => (set.Name, Feed(set, QueryEncoding.Query([new("$filter", expressions.Odd())], _random))),
            "paging" => (set.Name, Feed(set, QueryEncoding.Query(Paging(set, expressions), _random))),
            "numbers" => (set.Name, Feed(set, QueryEncoding.Query(Numbers(), _random))),
            "path" => Path(set, expressions),
            "apply" => (set.Name, Feed(set, QueryEncoding.Query(Apply(set, expressions), _random))),
            "long" => Long(set),
            _ => (set.Name, Feed(set, QueryEncoding.Query(Fish(set, expressions), _random))),
        };
        var headers = new List<KeyValuePair<string, string>>();
        target = FuzzCredentials.Add(role, keys, headers, target, _random);
        return new FuzzRequest(number, role, label, strategy, target, headers);
    }

    private string Strategy()
    {
        var draw = _random.Next(Strategies.Sum(s => s.Weight));
        foreach (var (name, weight) in Strategies)
        {
            if ((draw -= weight) < 0)
            {
                return name;
            }
        }

        return Strategies[0].Name;
    }

    /// <summary>The set's feed, now and then its /$count, with the encoded query.</summary>
    private string Feed(FlatEntitySet set, string query)
    {
        var path = _random.Next(8) == 0 ? $"/odata/{set.Name}/$count" : $"/odata/{set.Name}";
        return query.Length == 0 ? path : path + "?" + query;
    }

    private static string Text(IEnumerable<KeyValuePair<string, string>> options) => string.Join('&', options.Select(o => o.Key + "=" + o.Value));

    /// <summary>A query the service should answer 200 (most of the time): options drawn independently, in a random order.</summary>
    private List<KeyValuePair<string, string>> Valid(FlatEntitySet set, FilterExpressions expressions)
    {
        if (set.Disclosure is not null && _random.Next(4) > 0)
        {
            return Apply(set, expressions);
        }

        var options = new List<KeyValuePair<string, string>>();
        void Maybe(int percent, string name, Func<string> value)
        {
            if (_random.Next(100) < percent)
            {
                options.Add(new(name, value()));
            }
        }

        Maybe(60, "$filter", () => expressions.Filter(_random.Next(0, 3)));
        Maybe(30, "$select", expressions.Select);
        Maybe(30, "$orderby", expressions.OrderBy);
        Maybe(40, "$top", () => FuzzLiterals.Pick(Counts, _random));
        Maybe(20, "$skip", () => FuzzLiterals.Pick(Counts, _random));
        Maybe(20, "$count", () => FuzzLiterals.Pick(["true", "false"], _random));
        Maybe(5, "$format", () => "json");
        return [.. options.OrderBy(_ => _random.Next())];
    }

    private List<KeyValuePair<string, string>> Apply(FlatEntitySet set, FilterExpressions expressions)
    {
        var options = new List<KeyValuePair<string, string>> { new("$apply", ApplyClauses.Make(set, expressions, _random)) };
        if (_random.Next(6) == 0)
        {
            options.Add(new(FuzzLiterals.Pick(["$filter", "$top", "$format", "$orderby", "$count", "$expand", "$x"], _random), FuzzLiterals.Pick(["1", "json", "true", "Year", "xml"], _random)));
        }

        return options;
    }

    private string Garbage()
    {
        const string Alphabet = "abcXYZ019 $'()=&,/:;%+#?@*![]{}\\~-_.é€\u0000\t";
        string Noise(int max) => new([.. Enumerable.Range(0, _random.Next(max)).Select(_ => Alphabet[_random.Next(Alphabet.Length)])]);
        var names = new[] { "$filter", "$FILTER", "$Filter", "$x", "$", "filter", "$top", "$select", "$orderby", "$skiptoken", "$count", "$apply", "$search", "$expand", "$format" };
        return string.Join('&', Enumerable.Range(0, _random.Next(1, 5)).Select(_ => (_random.Next(3) == 0 ? Noise(12) : FuzzLiterals.Pick(names, _random)) + "=" + Noise(50)));
    }

    /// <summary>A forged $skiptoken, for the set's default order or for an $orderby given with it.</summary>
    private List<KeyValuePair<string, string>> Paging(FlatEntitySet set, FilterExpressions expressions)
    {
        var order = set.Key.Select(set.Property).ToList();
        var options = new List<KeyValuePair<string, string>>();
        if (_random.Next(2) == 0)
        {
            var by = Enumerable.Range(0, _random.Next(1, 3)).Select(_ => expressions.Property()).DistinctBy(p => p.Name).ToList();
            options.Add(new("$orderby", string.Join(",", by.Select(p => p.Name + FuzzLiterals.Pick(["", " desc"], _random)))));
            order = [.. by, .. order.Where(k => by.All(b => b.Name != k.Name))];
        }

        options.Add(new("$skiptoken", ForgedSkipTokens.Make(order, _random)));
        if (_random.Next(3) == 0)
        {
            options.Add(new(FuzzLiterals.Pick(["$top", "$skip", "$filter", "$count"], _random), FuzzLiterals.Pick(["1", "100", "true", "Year eq 2025", "0"], _random)));
        }

        return options;
    }

    private List<KeyValuePair<string, string>> Numbers() =>
        [.. Enumerable.Range(0, _random.Next(1, 3)).Select(_ => new KeyValuePair<string, string>(FuzzLiterals.Pick(["$top", "$skip"], _random), FuzzLiterals.Pick(EdgeNumbers, _random)))];

    private (string Label, string Target) Path(FlatEntitySet set, FilterExpressions expressions)
    {
        var (label, path) = PathVariants.Make(set, _random);
        var query = _random.Next(3) == 0 ? QueryEncoding.Query(Valid(set, expressions), _random) : "";
        if (_random.Next(8) == 0)
        {
            query = "vintage=" + FuzzLiterals.Pick(["1", "2", "x", "", "-1", "1&vintage=1"], _random) + (query.Length == 0 ? "" : "&" + query);
        }

        return (label, query.Length == 0 ? path : path + "?" + query);
    }

    /// <summary>Over the URL limit (must be 414), or long but under it (node and nesting limits, long literals).</summary>
    private (string Label, string Target) Long(FlatEntitySet set)
    {
        var size = _random.Next(FuzzRequest.UrlLimit + 1024, 4 * FuzzRequest.UrlLimit);
        var property = set.Properties[0].Name;
        var filter = _random.Next(10) switch
        {
            0 => $"{property} eq '{new string('x', size)}'",
            1 => new string('(', size / 2) + "true" + new string(')', size / 2),
            2 => string.Join(" or ", Enumerable.Repeat($"{property} eq null", size / 20)),
            3 => string.Join(" or ", Enumerable.Repeat($"{property} eq null", 300)),
            4 => $"{property} in ({string.Join(",", Enumerable.Range(0, 1000).Select(i => i.ToString(CultureInfo.InvariantCulture)))})",
            5 => new string('(', 1500) + "true" + new string(')', 1500),
            6 => string.Concat(Enumerable.Repeat("not ", 1500)) + "true",
            7 => $"contains({property},'{new string('x', 6000)}')",
            8 => string.Join(" and ", Enumerable.Repeat("true", 1200)),
            _ => $"{property} eq '{string.Concat(Enumerable.Repeat("漢", size / 9))}'",
        };
        return _random.Next(12) == 0
            ? ("(unknown set)", "/odata/" + new string('A', size))
            : (set.Name, $"/odata/{set.Name}?$filter={QueryEncoding.Encode(filter, strict: false)}");
    }

    /// <summary>Queries aimed at the small cells: value ranges 1 … k−1, suppressed statuses, the flag c, ordering by value.</summary>
    private List<KeyValuePair<string, string>> Fish(FlatEntitySet set, FilterExpressions expressions)
    {
        var k = set.Name.StartsWith("Indicator_", StringComparison.Ordinal) && rules.TryGetValue(set.Name["Indicator_".Length..], out var rule) && rule.K > 1 ? rule.K : 5;
        var value = set.Properties.Any(p => p.Name == "Value") ? "Value" : set.Properties.Any(p => p.Name == "KnownValue") ? "KnownValue" : null;
        if (value is null)
        {
            return Valid(set, expressions);
        }

        var small = _random.Next(1, k).ToString(CultureInfo.InvariantCulture);
        var kText = k.ToString(CultureInfo.InvariantCulture);
        var filter = FuzzLiterals.Pick(
        [
            $"{value} ge 1 and {value} lt {kText}", $"{value} gt 0 and {value} le {small}", $"{value} eq {small}", $"{value} ne null and {value} lt {kText}",
            "ConfStatus eq 'C'", "ConfStatus ne 'F'", "Flags eq 'c'", "contains(Flags,'c')", $"{value} mul 0 eq 0", $"{value} lt {kText} or {value} eq null",
            $"{value} sub {small} eq 0", $"{value} div {kText} lt 1", "Contributors lt 5", "KnownConfStatus ne 'F'", "LowerIsKnown eq true and Lower lt 5",
        ], _random);
        var options = new List<KeyValuePair<string, string>> { new("$filter", filter) };
        if (_random.Next(2) == 0)
        {
            options.Add(new("$orderby", value + FuzzLiterals.Pick(["", " desc"], _random)));
        }

        if (_random.Next(3) == 0)
        {
            options.Add(new("$select", FuzzLiterals.Pick([value, value + ",ConfStatus", value + ",Flags", "*"], _random)));
        }

        return options;
    }
}
