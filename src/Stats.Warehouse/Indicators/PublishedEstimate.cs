using System.Globalization;
using Stats.Warehouse.Estimation;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// One year of an estimated indicator as a role may read it (the OData set Estimates): the value with its cell's flags,
/// the interval (a lower bound that is the known count is withheld when that count is suppressed), model and method, the
/// status (and for a refused year its reason in public words), and the known count —
/// the published total of <see cref="KnownIndicatorId"/> with its own flags. The estimate includes the known count; the
/// two are shown side by side and never added.
/// </summary>
public sealed record PublishedEstimate(
    int Year, string TimePeriod, double? Value, string Flags, double? Lower, bool LowerIsKnown, double? Upper, double Confidence, string? Model,
    string Criterion, string IntervalMethod, string Status, string? Reason, string? ReasonText,
    string KnownIndicatorId, double? KnownValue, string? KnownFlags, string? KnownConfStatus)
{
    public bool IsEstimated => Status == "estimated";

    /// <summary>"95 %": the confidence level as printed.</summary>
    public string Level => (Confidence * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    /// <summary>
    /// "39–86", "39 or more (no upper bound)", or, when the lower bound is the known count and that is suppressed, "known
    /// count–86"; empty for a refused year.
    /// </summary>
    public string Interval
    {
        get
        {
            if (!IsEstimated)
            {
                return string.Empty;
            }

            var from = Lower is { } lower ? Persons(lower) : "known count";
            return Upper is { } upper ? $"{from}–{Persons(upper)}" : $"{from} or more (no upper bound)";
        }
    }

    /// <summary>"BIC; profile likelihood": how the model was chosen and the interval computed.</summary>
    public string Method => $"{EstimationText.DescribeCriterion(Criterion)}; {EstimationText.DescribeInterval(IntervalMethod)}";

    /// <summary>
    /// The estimate's metadata in one line, for an observation comment: "95 % CI 1,020–1,480; model NRM*POL; BIC; profile
    /// likelihood", or "not estimated: &lt;reason&gt;".
    /// </summary>
    public string Comment => IsEstimated
        ? $"{Level} CI {Interval}; model {Model}; {Method}"
        : $"not estimated: {ReasonText}";

    /// <summary>Whole persons with thousands separators, as the catalogue prints counts.</summary>
    public static string Persons(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
