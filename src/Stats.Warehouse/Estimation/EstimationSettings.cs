using System.Globalization;
using Stats.Core.Estimation;

namespace Stats.Warehouse.Estimation;

/// <summary>
/// How the warehouse makes its multiple systems estimates at publish. Bound from "Warehouse:Estimation" as text and
/// numbers, checked by <see cref="ToOptions"/>: a mistake names the key, the value and what is allowed, before any
/// estimate is made. The defaults are those of <see cref="EstimationOptions"/>, the documented method.
/// </summary>
public sealed class EstimationSettings
{
    public const string Section = "Estimation";
    private const string Prefix = WarehouseOptions.Section + ":" + Section + ":";

    /// <summary>bic, aic or significance (stepwise selection), or fixed (the <see cref="Model"/> as given).</summary>
    public string Criterion { get; set; } = EstimationText.Criterion(EstimationOptions.Default.Criterion);

    public double SignificanceLevel { get; set; } = EstimationOptions.Default.SignificanceLevel;

    /// <summary>For criterion fixed: interaction terms such as "NRM*POL, NGO1*NRM"; "" is the independence model.</summary>
    public string? Model { get; set; }

    /// <summary>profile (profile likelihood) or bootstrap (seeded parametric bootstrap).</summary>
    public string Interval { get; set; } = EstimationText.Interval(EstimationOptions.Default.Interval);

    public int BootstrapReplicates { get; set; } = EstimationOptions.Default.BootstrapReplicates;

    public int Seed { get; set; } = EstimationOptions.Default.Seed;

    public double Confidence { get; set; } = EstimationOptions.Default.Confidence;

    /// <summary>The estimator's options; throws <see cref="InvalidOperationException"/> naming the key when a setting is not valid.</summary>
    public EstimationOptions ToOptions()
    {
        var criterion = EstimationText.ParseCriterion(Criterion?.Trim() ?? string.Empty)
            ?? throw Invalid("Criterion", Criterion, "bic, aic, significance or fixed");
        var interval = EstimationText.ParseInterval(Interval?.Trim() ?? string.Empty)
            ?? throw Invalid("Interval", Interval, "profile or bootstrap");
        if (criterion == SelectionCriterion.Fixed && Model is null)
        {
            throw new InvalidOperationException(
                $"{Prefix}Model is not set, but {Prefix}Criterion is fixed: give the model's interaction terms (e.g. \"NRM*POL\"), or \"\" for the independence model.");
        }

        if (criterion != SelectionCriterion.Fixed && Model is not null)
        {
            throw new InvalidOperationException(
                $"{Prefix}Model is set to '{Model}', but {Prefix}Criterion is {Criterion}: a model is only used with criterion fixed; remove one of them.");
        }

        if (SignificanceLevel is <= 0 or >= 1 || double.IsNaN(SignificanceLevel))
        {
            throw Invalid(nameof(SignificanceLevel), Number(SignificanceLevel), "a number strictly between 0 and 1, e.g. 0.05");
        }

        if (Confidence is <= 0 or >= 1 || double.IsNaN(Confidence))
        {
            throw Invalid(nameof(Confidence), Number(Confidence), "a number strictly between 0 and 1, e.g. 0.95");
        }

        if (BootstrapReplicates is < 99 or > 100_000)
        {
            throw Invalid(nameof(BootstrapReplicates), Number(BootstrapReplicates), "a whole number from 99 to 100000");
        }

        return new EstimationOptions
        {
            Criterion = criterion,
            SignificanceLevel = SignificanceLevel,
            Model = Model,
            Interval = interval,
            BootstrapReplicates = BootstrapReplicates,
            Seed = Seed,
            Confidence = Confidence,
        };
    }

    private static InvalidOperationException Invalid(string key, string? value, string allowed) =>
        new($"{Prefix}{key} is '{value}'; it must be {allowed}.");

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
