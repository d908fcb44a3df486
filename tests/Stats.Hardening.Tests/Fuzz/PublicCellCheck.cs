using System.Globalization;
using System.Text.Json;
using Stats.Warehouse.OData;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// Which published columns hold cell values, from the model: <c>Value</c> of every <c>Indicator_&lt;ID&gt;</c> cube
/// (status in <c>ConfStatus</c>), and in <c>Estimates</c> the known count <c>KnownValue</c> (status <c>KnownConfStatus</c>)
/// and <c>Lower</c> where <c>LowerIsKnown</c> says it is that count. The estimate itself (rule "none") is a model figure,
/// not a cell of persons. A public row fails when a suppressed cell (C, D) carries a value, or when a count under the
/// threshold rule is between 1 and k−1.
/// </summary>
internal sealed class PublicCellCheck(IReadOnlyDictionary<string, CellRule> rules, FuzzFigures figures)
{
    private const string CubePrefix = "Indicator_";

    public void Check(FlatEntitySet set, JsonElement rows, Action<string> fail)
    {
        foreach (var row in rows.EnumerateArray())
        {
            Interlocked.Increment(ref figures.PublicRowsChecked);
            if (set.Name.StartsWith(CubePrefix, StringComparison.Ordinal) && rules.TryGetValue(set.Name[CubePrefix.Length..], out var rule))
            {
                Cell(row, "Value", "ConfStatus", rule, fail);
            }
            else if (set.Name == "Estimates")
            {
                var known = KnownRule(row);
                Cell(row, "KnownValue", "KnownConfStatus", known, fail);
                if (row.TryGetProperty("LowerIsKnown", out var isKnown) && isKnown.ValueKind == JsonValueKind.True)
                {
                    Cell(row, "Lower", "KnownConfStatus", known, fail);
                }
            }
        }
    }

    /// <summary>The positive control: keyed (analyst, admin) rows do show counts of 1 … k−1, so the public check has something to miss.</summary>
    public void CountSmallValues(FlatEntitySet set, JsonElement rows)
    {
        if (!set.Name.StartsWith(CubePrefix, StringComparison.Ordinal) || !rules.TryGetValue(set.Name[CubePrefix.Length..], out var rule) || !rule.ProtectsCounts)
        {
            return;
        }

        foreach (var row in rows.EnumerateArray())
        {
            if (Number(row, "Value") is { } value && value > 0 && value < rule.K)
            {
                Interlocked.Increment(ref figures.KeyedSmallValues);
            }
        }
    }

    private void Cell(JsonElement row, string valueName, string statusName, CellRule rule, Action<string> fail)
    {
        var value = Number(row, valueName);
        var status = row.TryGetProperty(statusName, out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var cell = row.TryGetProperty("CellKey", out var key) ? key.ToString() : row.ToString();
        if (status is "C" or "D")
        {
            Interlocked.Increment(ref figures.PublicSuppressedCells);
            if (value is not null)
            {
                fail($"LEAK: the public role got {valueName} {value} on suppressed cell {cell} ({statusName} {status})");
            }
        }

        if (value is { } v)
        {
            Interlocked.Increment(ref figures.PublicValuesChecked);
            if (rule.ProtectsCounts && v > 0 && v < rule.K)
            {
                fail($"LEAK: the public role got {valueName} {v} (between 1 and k−1 = {rule.K - 1}) in cell {cell} of {rule.IndicatorId}");
            }
        }
    }

    /// <summary>The rule of the indicator whose count an estimate row names; the strictest count rule when the column was not selected.</summary>
    private CellRule KnownRule(JsonElement row) =>
        row.TryGetProperty("KnownIndicatorId", out var id) && id.GetString() is { } name && rules.TryGetValue(name, out var rule)
            ? rule
            : rules.Values.Where(r => r.ProtectsCounts).MaxBy(r => r.K) ?? new CellRule("?", "count", "threshold", 5);

    private static double? Number(JsonElement row, string name)
    {
        if (!row.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
