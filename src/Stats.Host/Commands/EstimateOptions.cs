using System.CommandLine;
using System.Globalization;
using Stats.Core.Estimation;
using Stats.Host.Cli;
using Stats.Warehouse.Estimation;

namespace Stats.Host.Commands;

/// <summary>
/// The model-selection and interval options of `stats estimate`, turned into <see cref="EstimationOptions"/>; every
/// bad value is refused naming the option (the method is documented in sql/indicators/ESTIMATION.md).
/// </summary>
internal static class EstimateOptions
{
    public static readonly Option<string?> Select = new("--select")
    {
        Description = "Model selection: bic (stepwise, add the two-list interaction that lowers BIC most), aic, or significance " +
                      "(add the interaction with the smallest likelihood-ratio p-value while below --alpha). Default: Warehouse:Estimation (bic).",
    };

    public static readonly Option<double?> Alpha = new("--alpha") { Description = "Significance level for --select significance (default 0.05)." };

    public static readonly Option<string?> Model = new("--model")
    {
        Description = "Fit this model instead of selecting one: interactions such as \"NRM*POL, NGO1*NRM\"; \"\" or independence for main effects only.",
    };

    public static readonly Option<string?> Interval = new("--interval")
    {
        Description = "profile (profile likelihood, Cormack 1992) or bootstrap (seeded parametric bootstrap of the chosen model). Default: Warehouse:Estimation (profile).",
    };

    public static readonly Option<int?> Replicates = new("--replicates") { Description = "Bootstrap replicates (default 999, 99–100000)." };

    public static readonly Option<int?> Seed = new("--seed") { Description = "Seed of the bootstrap (default 20131): the same seed gives the same interval." };

    public static readonly Option<double?> Confidence = new("--confidence") { Description = "Confidence level of the interval. Default: Warehouse:Estimation (0.95)." };

    public static IEnumerable<Option> All => [Select, Alpha, Model, Interval, Replicates, Seed, Confidence];

    /// <summary>
    /// The command's options over the configured ones (Warehouse:Estimation, what publish uses), so that
    /// `stats estimate --year` without options gives the published estimate.
    /// </summary>
    public static EstimationOptions From(ParseResult parse, EstimationOptions configured)
    {
        var model = parse.GetValue(Model);
        var selected = parse.GetValue(Select);
        var criterion = selected is null ? configured.Criterion : Criterion(selected);
        var interval = parse.GetValue(Interval) is { } intervalText ? IntervalMethodOf(intervalText) : configured.Interval;
        if (model is not null && selected is not null)
        {
            throw new CommandInputException("--model fits the given model; it cannot be combined with --select.");
        }

        if (parse.GetValue(Alpha) is not null && (model is not null || criterion != SelectionCriterion.Significance))
        {
            throw new CommandInputException("--alpha is the level of --select significance; it has no effect with another rule.");
        }

        if (interval != IntervalMethod.Bootstrap && (parse.GetValue(Replicates) is not null || parse.GetValue(Seed) is not null))
        {
            throw new CommandInputException("--replicates and --seed set the bootstrap; add --interval bootstrap.");
        }

        var options = configured with
        {
            Criterion = model is null ? criterion : SelectionCriterion.Fixed,
            Model = model is null
                ? criterion == SelectionCriterion.Fixed ? configured.Model : null
                : string.Equals(model.Trim(), "independence", StringComparison.OrdinalIgnoreCase) ? string.Empty : model,
            SignificanceLevel = parse.GetValue(Alpha) ?? configured.SignificanceLevel,
            Interval = interval,
            BootstrapReplicates = parse.GetValue(Replicates) ?? configured.BootstrapReplicates,
            Seed = parse.GetValue(Seed) ?? configured.Seed,
            Confidence = parse.GetValue(Confidence) ?? configured.Confidence,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new CommandInputException($"{OptionOf(e.ParamName)} {string.Format(CultureInfo.InvariantCulture, "{0}", e.ActualValue)}: {e.Message.Split(" (Parameter", 2)[0]}");
        }

        return options;
    }

    private static SelectionCriterion Criterion(string text) =>
        EstimationText.ParseCriterion(text.Trim()) is { } criterion and not SelectionCriterion.Fixed
            ? criterion
            : throw new CommandInputException($"--select '{text}' is not a selection rule: use bic, aic or significance (or --model to fix the model).");

    private static IntervalMethod IntervalMethodOf(string text) =>
        EstimationText.ParseInterval(text.Trim())
            ?? throw new CommandInputException($"--interval '{text}' is not an interval method: use profile or bootstrap.");

    private static string OptionOf(string? parameter) => parameter switch
    {
        nameof(EstimationOptions.SignificanceLevel) => "--alpha",
        nameof(EstimationOptions.Confidence) => "--confidence",
        nameof(EstimationOptions.BootstrapReplicates) => "--replicates",
        _ => "option",
    };
}
