namespace Stats.Warehouse.Indicators.Aggregates;

/// <summary>
/// Resolves a cube cell from the stated cells of one aggregate return. A target gives a code for every dimension of the
/// return (<c>_T</c> for those the lattice does not break down by) in <see cref="Dimensions"/> order. In this order:
/// <list type="number">
/// <item>the stated cells of that period whose codes match (a combined form maps as <see cref="FormSets"/> says), added
/// when several match: a stated total is used as stated, never replaced by the sum of its details;</item>
/// <item>else the period's quarters (or months) — a year's, or a quarter's months — when every one resolves;</item>
/// <item>else, for a <c>_T</c> on an additive dimension, the sum over the codes stated for that dimension in the period;</item>
/// <item>else missing (with the reason of a stated missing cell, if one matched, else 'not available').</item>
/// </list>
/// Sums follow <see cref="AggregateValue.Sum"/>: a missing part makes the sum missing, a censored part censored.
/// </summary>
internal sealed class AggregateCellResolver
{
    private const string Total = "_T";

    private readonly Dictionary<AggregatePeriod, List<string[]>> _codes = [];
    private readonly Dictionary<AggregatePeriod, List<AggregateValue>> _values = [];
    private readonly FormSets _forms;
    private readonly bool[] _additive;
    private readonly Dictionary<string, AggregateValue> _resolved = new(StringComparer.Ordinal);

    public AggregateCellResolver(IReadOnlyList<StatedCell> cells, FormSets forms, Func<string, bool> isAdditive)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(isAdditive);
        _forms = forms;
        Dimensions = cells.SelectMany(c => c.Codes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        _additive = Dimensions.Select(isAdditive).ToArray();
        foreach (var cell in cells)
        {
            // A dimension a cell does not name (a return whose layout changed between years) is its total.
            var codes = Dimensions.Select(d => cell.Codes.TryGetValue(d, out var code) ? code : Total).ToArray();
            if (!_codes.TryGetValue(cell.Period, out var list))
            {
                _codes[cell.Period] = list = [];
                _values[cell.Period] = [];
            }

            list.Add(codes);
            _values[cell.Period].Add(cell.Value);
        }
    }

    /// <summary>The dimensions of the return, ordinal order.</summary>
    public IReadOnlyList<string> Dimensions { get; }

    /// <summary>The periods holding stated cells.</summary>
    public IEnumerable<AggregatePeriod> Periods => _codes.Keys;

    /// <summary>Every code (as cubes count it, never <c>_T</c>) stated for a dimension of the return, in any period.</summary>
    public IReadOnlyList<string> CodesOf(string dimension)
    {
        var d = IndexOf(dimension);
        return d < 0 ? [] : _codes.Values.SelectMany(l => l).SelectMany(c => _forms.Map(dimension, c[d]))
            .Where(c => c != Total).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public AggregateValue Resolve(AggregatePeriod period, IReadOnlyList<string> target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var key = $"{period.Freq}|{period.Year}|{period.PeriodNo}|{string.Join(';', target)}";
        if (_resolved.TryGetValue(key, out var known))
        {
            return known;
        }

        // Every step goes to finer periods or to fewer totals, so nothing recurs; the placeholder only guards that.
        _resolved[key] = AggregateValue.Missing(AggregateValue.NotAvailable);
        var stated = Stated(period, target);
        var value = stated is { IsMissing: false } ? stated
            : FromPeriods(period, target) ?? FromDetails(period, target) ?? stated ?? AggregateValue.Missing(AggregateValue.NotAvailable);
        _resolved[key] = value;
        return value;
    }

    private AggregateValue? Stated(AggregatePeriod period, IReadOnlyList<string> target)
    {
        if (!_codes.TryGetValue(period, out var cells))
        {
            return null;
        }

        var matching = new List<AggregateValue>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (Matches(cells[i], target))
            {
                matching.Add(_values[period][i]);
            }
        }

        return matching.Count == 0 ? null : AggregateValue.Sum(matching);
    }

    private bool Matches(string[] cell, IReadOnlyList<string> target)
    {
        for (var d = 0; d < cell.Length; d++)
        {
            if (!_forms.Map(Dimensions[d], cell[d]).Contains(target[d], StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private AggregateValue? FromPeriods(AggregatePeriod period, IReadOnlyList<string> target)
    {
        foreach (var parts in period.Parts())
        {
            if (!parts.Any(_codes.ContainsKey))
            {
                continue;
            }

            var values = parts.Select(p => Resolve(p, target)).ToList();
            if (!values.Any(v => v.IsMissing))
            {
                return AggregateValue.Sum(values);
            }
        }

        return null;
    }

    private AggregateValue? FromDetails(AggregatePeriod period, IReadOnlyList<string> target)
    {
        if (!_codes.TryGetValue(period, out var cells))
        {
            return null;
        }

        for (var d = 0; d < Dimensions.Count; d++)
        {
            if (target[d] != Total || !_additive[d])
            {
                continue;
            }

            var codes = cells.SelectMany(c => _forms.Map(Dimensions[d], c[d])).Where(c => c != Total)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (codes.Count == 0)
            {
                continue;
            }

            var values = codes.Select(code => Resolve(period, With(target, d, code))).ToList();
            if (!values.Any(v => v.IsMissing))
            {
                return AggregateValue.Sum(values);
            }
        }

        return null;
    }

    private int IndexOf(string dimension)
    {
        for (var d = 0; d < Dimensions.Count; d++)
        {
            if (string.Equals(Dimensions[d], dimension, StringComparison.Ordinal))
            {
                return d;
            }
        }

        return -1;
    }

    private static string[] With(IReadOnlyList<string> target, int d, string code)
    {
        var copy = target.ToArray();
        copy[d] = code;
        return copy;
    }
}
