using Stats.Warehouse.Indicators;

namespace Stats.Warehouse.Exports.Bodies;

/// <summary>
/// Sums published cells into one grouped cell (several detailed forms of exploitation into one Eurostat group). Public:
/// the sum is published only when every component is; if any component is suppressed the group is suppressed too
/// (no value, flag c, CONF_STATUS D), so a group never reveals more than the published cells do; a component without a
/// value that is not suppressed (missing in an aggregate return) leaves the group without a value, not confidential.
/// Analyst: the raw values are summed and the strictest status of the components is carried.
/// </summary>
public static class CellGrouping
{
    public static (double? Value, string Flags, string ConfStatus) Combine(IReadOnlyList<ExportCell> parts, IndicatorRole role)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new ArgumentException("A grouped cell needs at least one component.", nameof(parts));
        }

        if (parts.Count == 1)
        {
            return (parts[0].Value, parts[0].Flags, parts[0].ConfStatus);
        }

        var flags = parts.SelectMany(p => p.Flags).ToHashSet();
        var allValues = parts.All(p => p.Value is not null);
        if (role == IndicatorRole.Analyst)
        {
            var strictest = parts.Select(p => p.ConfStatus).MaxBy(Severity)!;
            return (allValues ? parts.Sum(p => p.Value!.Value) : null, FlagText(flags), strictest);
        }

        if (parts.Any(p => Severity(p.ConfStatus) > 0))
        {
            // A suppressed group has no value that could be revised; c marks it confidential like any suppressed cell.
            flags.Add('c');
            flags.Remove('r');
            return (null, FlagText(flags), "D");
        }

        if (!allValues)
        {
            flags.Remove('r');
            return (null, FlagText(flags), "F");
        }

        return (parts.Sum(p => p.Value!.Value), FlagText(flags), "F");
    }

    /// <summary>F (free) &lt; D (secondary) &lt; C (primary).</summary>
    public static int Severity(string confStatus) => confStatus switch
    {
        "C" => 2,
        "D" => 1,
        _ => 0,
    };

    // Flags are single letters in alphabetical order, as the cube composes them ('bp', 'cp').
    private static string FlagText(HashSet<char> flags) => new([.. flags.Order()]);
}
