using Stats.Core.Estimation;

namespace Stats.Warehouse.Estimation;

/// <summary>
/// The words the warehouse stores and configures estimation choices with (est_population_estimate.criterion and
/// interval_method, Warehouse:Estimation) and how readers are told them ("BIC", "profile likelihood").
/// </summary>
public static class EstimationText
{
    public static string Criterion(SelectionCriterion criterion) => criterion switch
    {
        SelectionCriterion.Bic => "bic",
        SelectionCriterion.Aic => "aic",
        SelectionCriterion.Significance => "significance",
        _ => "fixed",
    };

    public static SelectionCriterion? ParseCriterion(string text) => text.ToLowerInvariant() switch
    {
        "bic" => SelectionCriterion.Bic,
        "aic" => SelectionCriterion.Aic,
        "significance" => SelectionCriterion.Significance,
        "fixed" => SelectionCriterion.Fixed,
        _ => null,
    };

    public static string Interval(IntervalMethod method) => method == IntervalMethod.Bootstrap ? "bootstrap" : "profile";

    public static IntervalMethod? ParseInterval(string text) => text.ToLowerInvariant() switch
    {
        "profile" => IntervalMethod.ProfileLikelihood,
        "bootstrap" => IntervalMethod.Bootstrap,
        _ => null,
    };

    /// <summary>"BIC", "AIC", "significance", "fixed model": how the model was chosen, as a reader says it.</summary>
    public static string DescribeCriterion(string criterion) => criterion switch
    {
        "bic" => "BIC",
        "aic" => "AIC",
        "significance" => "significance",
        "fixed" => "fixed model",
        _ => criterion,
    };

    /// <summary>"profile likelihood" or "parametric bootstrap".</summary>
    public static string DescribeInterval(string method) => method switch
    {
        "profile" => "profile likelihood",
        "bootstrap" => "parametric bootstrap",
        _ => method,
    };
}
