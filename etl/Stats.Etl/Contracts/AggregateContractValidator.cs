using System.Text.RegularExpressions;

namespace Stats.Etl.Contracts;

/// <summary>
/// Checks a contract with <c>"shape": "aggregate"</c> when it is read: the keys microdata alone uses, the
/// indicator, unit and period, every dimension and code (against the seeded code lists), the layout (exactly one
/// of count/wide, one dimension set for every cell), column names and tokens. Errors name the key, as for microdata.
/// </summary>
internal sealed partial class AggregateContractValidator(CodeListValues? codeLists)
{
    private static readonly string[] Units = ["persons", "cases", "decisions", "registrations"];
    private static readonly string[] Actions = [AggregateChecks.Finding, AggregateChecks.Refuse];

    public void Validate(SourceContract contract, List<string> errors)
    {
        if (contract.Entity is not null)
        {
            errors.Add("entity: not used by aggregate contracts (the dimensions say what a cell counts); remove it.");
        }

        foreach (var (key, isSet) in new[] { ("columns", contract.Columns.Count > 0), ("children", contract.Children.Count > 0), ("rules", contract.Rules is not null), ("constants", contract.Constants.Count > 0) })
        {
            if (isSet)
            {
                errors.Add($"{key}: microdata only; an aggregate contract describes its table under 'aggregate' (period, dimensions, count or wide, constants).");
            }
        }

        if (contract.Format.Type == "json")
        {
            errors.Add("format.type: aggregate returns are read from csv or xlsx, not json.");
        }

        if (contract.Aggregate is not { } spec)
        {
            errors.Add("aggregate: missing; an aggregate contract needs indicator, unit, period, dimensions and count or wide.");
            return;
        }

        if (!IndicatorId().IsMatch(spec.Indicator))
        {
            errors.Add($"aggregate.indicator: '{spec.Indicator}' is not an indicator id (a capital letter, two digits, optionally a capital letter: J05, V08).");
        }

        if (!Units.Contains(spec.Unit, StringComparer.Ordinal))
        {
            errors.Add($"aggregate.unit: '{spec.Unit}' is not a unit (known: {string.Join(", ", Units)}).");
        }

        ValidatePeriod(spec.Period, errors);
        var dimensions = ValidateDimensions(spec, errors);
        ValidateWide(spec, dimensions, errors);
        ValidateConstants(spec, dimensions, errors);
        ValidateColumnNames(contract, spec, errors);
        ValidateTokens(spec, errors);
        ValidateChecks(spec.Checks, errors);
    }

    private static void ValidatePeriod(PeriodSpec period, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(period.Year))
        {
            errors.Add("aggregate.period.year: missing (the column holding the year).");
        }

        if (period.Quarter is not null && period.Month is not null)
        {
            errors.Add("aggregate.period: set at most one of 'quarter' and 'month'.");
        }

        if (period.Annual.Count > 0 && period.SubPeriodColumn is null)
        {
            errors.Add("aggregate.period.annual: needs a 'quarter' or 'month' column (without one every row is annual).");
        }

        foreach (var value in period.Annual.Where(v => AggregateText.Quarter(v.Trim()) is not null || AggregateText.Month(v.Trim()) is not null))
        {
            errors.Add($"aggregate.period.annual: '{value}' reads as a quarter or month; an annual marker must not.");
        }

        if (period.FirstYear is < 1900 or > 2999 || period.LastYear is < 1900 or > 2999 || period.FirstYear > period.LastYear)
        {
            errors.Add($"aggregate.period.firstYear/lastYear: {period.FirstYear}–{period.LastYear} is not a range of years (1900–2999, first ≤ last).");
        }
    }

    /// <summary>Validates the dimension columns; returns dimension id → the key that sets it, for the later blocks.</summary>
    private Dictionary<string, string> ValidateDimensions(AggregateSpec spec, List<string> errors)
    {
        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, dimension) in spec.Dimensions)
        {
            var key = $"aggregate.dimensions.{column}";
            if (!KnownDimension($"{key}.dimension", dimension.Dimension, errors))
            {
                continue;
            }

            if (!dimensions.TryAdd(dimension.Dimension, key))
            {
                errors.Add($"{key}.dimension: '{dimension.Dimension}' is already stated by {dimensions[dimension.Dimension]}.");
            }

            ValidateCodeMap($"{key}.codes", dimension.Dimension, dimension.Codes, errors);
        }

        return dimensions;
    }

    private void ValidateWide(AggregateSpec spec, Dictionary<string, string> dimensions, List<string> errors)
    {
        if ((spec.Count is null) == (spec.Wide is null))
        {
            errors.Add("aggregate.count/wide: set exactly one of 'count' (one count column) and 'wide' (one count column per category).");
        }

        if (spec.Wide is not { } wide)
        {
            return;
        }

        if (wide.Count == 0)
        {
            errors.Add("aggregate.wide: names no column.");
        }

        string? firstColumn = null;
        HashSet<string>? firstSet = null;
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, codes) in wide)
        {
            var key = $"aggregate.wide.{column}";
            var cell = string.Join(";", codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={string.Join("+", c.Value.Codes.Order(StringComparer.Ordinal))}"));
            if (!cells.TryAdd(cell, column))
            {
                errors.Add($"{key}: states the same cell as '{cells[cell]}' ({cell}); every row would hold it twice.");
            }

            if (codes.Count == 0)
            {
                errors.Add($"{key}: names no dimension (a single count column is 'count').");
            }

            foreach (var (dimension, value) in codes)
            {
                if (KnownDimension($"{key}.{dimension}", dimension, errors))
                {
                    if (dimensions.TryGetValue(dimension, out var other))
                    {
                        errors.Add($"{key}.{dimension}: dimension '{dimension}' is already stated by {other}.");
                    }

                    if (CodeProblem(dimension, value) is { } problem)
                    {
                        errors.Add($"{key}.{dimension}: {problem}");
                    }
                }
            }

            var set = codes.Keys.ToHashSet(StringComparer.Ordinal);
            if (firstSet is null)
            {
                (firstColumn, firstSet) = (column, set);
            }
            else if (!set.SetEquals(firstSet))
            {
                errors.Add($"{key}: names dimensions {Names(set)} but '{firstColumn}' names {Names(firstSet)}; every wide column must name the same dimensions.");
            }
        }

        foreach (var dimension in firstSet ?? [])
        {
            dimensions.TryAdd(dimension, "aggregate.wide");
        }
    }

    private void ValidateConstants(AggregateSpec spec, Dictionary<string, string> dimensions, List<string> errors)
    {
        foreach (var (dimension, code) in spec.Constants)
        {
            var key = $"aggregate.constants.{dimension}";
            if (!KnownDimension(key, dimension, errors))
            {
                continue;
            }

            if (dimensions.TryGetValue(dimension, out var other))
            {
                errors.Add($"{key}: dimension '{dimension}' is already stated by {other}.");
            }

            if (CodeProblem(dimension, CodeMapValue.Single(code)) is { } problem)
            {
                errors.Add($"{key}: {problem}");
            }
        }
    }

    private static void ValidateColumnNames(SourceContract contract, AggregateSpec spec, List<string> errors)
    {
        var columns = new List<(string Key, string? Column)>
        {
            ("aggregate.period.year", spec.Period.Year), ("aggregate.period.quarter", spec.Period.Quarter),
            ("aggregate.period.month", spec.Period.Month), ("aggregate.count", spec.Count),
        };
        columns.AddRange(spec.Dimensions.Keys.Select(c => ($"aggregate.dimensions.{c}", (string?)c)));
        columns.AddRange((spec.Wide?.Keys ?? []).Select(c => ($"aggregate.wide.{c}", (string?)c)));
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, column) in columns.Where(c => c.Column is not null))
        {
            if (column!.Trim().Length == 0)
            {
                errors.Add($"{key}: the column name is empty.");
            }
            else if (ContractValidator.IdentifyingName(column) is { } kind)
            {
                errors.Add($"{key}: the column name '{column}' denotes a direct identifier ({kind}); it can be neither mapped nor ignored.");
            }

            if (!seen.TryAdd(column, key))
            {
                errors.Add($"{key}: column '{column}' is also {seen[column]}.");
            }
        }

        foreach (var column in contract.Ignore)
        {
            if (ContractValidator.IdentifyingName(column) is { } kind)
            {
                errors.Add($"ignore: '{column}' denotes a direct identifier ({kind}); such a delivery is refused, it cannot be ignored.");
            }

            if (seen.TryGetValue(column, out var key))
            {
                errors.Add($"ignore: '{column}' is also {key}.");
            }
        }
    }

    private static void ValidateTokens(AggregateSpec spec, List<string> errors)
    {
        foreach (var (token, bounds) in spec.Censored)
        {
            var key = $"aggregate.censored.{token}";
            if (AggregateText.IsWholeNumber(token.Trim()))
            {
                errors.Add($"{key}: a token must not read as a count.");
            }

            if (bounds.Lower < 0 || bounds.Upper < 0 || bounds.Lower > bounds.Upper)
            {
                errors.Add($"{key}: lower {bounds.Lower} and upper {bounds.Upper} are not bounds of a count (0 or more, lower ≤ upper).");
            }

            if (spec.Missing.ContainsKey(token))
            {
                errors.Add($"{key}: '{token}' is also a missing token.");
            }
        }

        foreach (var (token, reason) in spec.Missing)
        {
            var key = $"aggregate.missing.{token}";
            if (AggregateText.IsWholeNumber(token.Trim()))
            {
                errors.Add($"{key}: a token must not read as a count.");
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                errors.Add($"{key}: say why the value is missing (e.g. 'not available', 'not applicable').");
            }
        }
    }

    private static void ValidateChecks(AggregateChecks checks, List<string> errors)
    {
        foreach (var (key, action) in new[] { ("margins", checks.Margins), ("periods", checks.Periods), ("negative", checks.Negative), ("revision.action", checks.Revision.Action) })
        {
            if (!Actions.Contains(action, StringComparer.Ordinal))
            {
                errors.Add($"aggregate.checks.{key}: '{action}' is not an action (known: {string.Join(", ", Actions)}).");
            }
        }

        if (checks.Revision.Relative < 0 || checks.Revision.Absolute < 0 || double.IsNaN(checks.Revision.Relative) || double.IsNaN(checks.Revision.Absolute))
        {
            errors.Add("aggregate.checks.revision: 'relative' and 'absolute' must be 0 or more.");
        }
    }

    private void ValidateCodeMap(string key, string dimension, IReadOnlyDictionary<string, CodeMapValue>? codes, List<string> errors)
    {
        var folded = new Dictionary<string, CodeMapValue>(StringComparer.Ordinal);
        foreach (var (delivered, value) in codes ?? new Dictionary<string, CodeMapValue>())
        {
            var fold = delivered.Trim().ToLowerInvariant();
            if (folded.TryGetValue(fold, out var other) && !other.Codes.SequenceEqual(value.Codes))
            {
                errors.Add($"{key}.{delivered}: maps to {value} but the same value (case-insensitive) also maps to {other}.");
            }

            folded[fold] = value;
            if (CodeProblem(dimension, value) is { } problem)
            {
                errors.Add($"{key}.{delivered}: {problem}");
            }
        }
    }

    /// <summary>Why the value cannot stand for a category of the dimension, or null when it can (or the seeds cannot tell).</summary>
    private string? CodeProblem(string dimension, CodeMapValue value)
    {
        var list = AggregateDimensions.CodeListOf(dimension);
        if (!value.IsSet)
        {
            var code = value.Codes[0];
            return code is AggregateDimensions.Total or AggregateDimensions.Unknown || codeLists?.Contains(list, code) != false
                ? null
                : $"'{code}' is not a code of code list '{list}' (nor _T or UNK).";
        }

        if (!AggregateDimensions.AllowsSets(dimension))
        {
            return $"a combined category ({value}) is only allowed for form_main and form_any, not for '{dimension}'.";
        }

        if (value.Codes.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return $"a combined category ({value}) needs at least two different forms.";
        }

        var bad = value.Codes.FirstOrDefault(c => c is AggregateDimensions.Total or AggregateDimensions.Unknown || codeLists?.Contains(list, c) == false);
        return bad is null ? null : $"'{bad}' in {value} is not a form of code list '{list}'.";
    }

    private static bool KnownDimension(string key, string dimension, List<string> errors)
    {
        if (AggregateDimensions.IsKnown(dimension))
        {
            return true;
        }

        errors.Add($"{key}: unknown dimension '{dimension}' (known: {string.Join(", ", AggregateDimensions.Ids)}).");
        return false;
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal).Select(n => $"'{n}'"));

    [GeneratedRegex("^[A-Z][0-9]{2}[A-Z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorId();
}
