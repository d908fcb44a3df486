using System.Globalization;
using Spectre.Console;
using Stats.Core.Estimation;
using Stats.Warehouse.Estimation;

namespace Stats.Host.Output;

/// <summary>
/// `stats estimate` for people: the input table, the estimate with its interval and model, and the other models
/// considered — the model choice drives the figure, so it is never shown without them (domain.md §7).
/// </summary>
internal static class EstimateTables
{
    public static void Write(IAnsiConsole console, MseEstimate estimate, string source)
    {
        console.Write(InputTable(estimate.Table, source));
        console.Write(Summary(estimate));
        console.Write(Alternatives(estimate));
        foreach (var warning in estimate.Warnings)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {warning}");
        }

        console.MarkupLine("The estimated total includes the persons seen; never add the two.");
    }

    private static Table InputTable(OverlapTable overlap, string source)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Persons by combination of lists").Caption(Markup.Escape(source));
        table.AddColumn("Lists");
        table.AddColumn(new TableColumn("Persons").RightAligned());
        foreach (var mask in Enumerable.Range(1, overlap.CellCount - 1).OrderBy(m => System.Numerics.BitOperations.PopCount((uint)m)).ThenBy(m => m))
        {
            table.AddRow(Markup.Escape(overlap.Name(mask)), Whole(overlap[mask]));
        }

        table.AddRow("[bold]seen on at least one list[/]", $"[bold]{Whole(overlap.Observed)}[/]");
        return table;
    }

    private static Table Summary(MseEstimate estimate)
    {
        var model = estimate.Model;
        var table = new Table().Border(TableBorder.Rounded).Title("Multiple systems estimate");
        table.AddColumn("Figure");
        table.AddColumn(new TableColumn("Value").RightAligned());
        var level = estimate.Options.Confidence.ToString("0.##%", CultureInfo.InvariantCulture);
        table.AddRow("Persons seen (observed)", Whole(estimate.Observed));
        table.AddRow("[bold]Estimated total (e)[/]", $"[bold]{Whole(estimate.Total)}[/]");
        table.AddRow("Estimated hidden", Whole(estimate.Hidden));
        table.AddRow(Markup.Escape($"{level} interval ({IntervalText(estimate.Options)})"),
            $"{Whole(estimate.Lower)} – {(estimate.UpperBounded ? Whole(estimate.Upper) : "unbounded")}");
        table.AddRow("Model", Markup.Escape(model.Name));
        table.AddRow("Selection", Markup.Escape(SelectionText(estimate.Options)));
        table.AddRow("Deviance (df)", $"{Decimal(model.Deviance)} ({model.DegreesOfFreedom})");
        table.AddRow("AIC / BIC", $"{Decimal(model.Aic)} / {Decimal(model.Bic)}");
        return table;
    }

    private static Table Alternatives(MseEstimate estimate)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Other models considered");
        table.AddColumn("Model");
        table.AddColumn(new TableColumn("Total").RightAligned());
        table.AddColumn(new TableColumn("Deviance").RightAligned());
        table.AddColumn(new TableColumn("df").RightAligned());
        table.AddColumn(new TableColumn("AIC").RightAligned());
        table.AddColumn(new TableColumn("BIC").RightAligned());
        table.AddColumn("Note");
        foreach (var alternative in EstimateJsonWriter.Ordered(estimate))
        {
            var fit = alternative.Fit;
            table.AddRow(
                Markup.Escape(alternative.Name),
                fit is null ? ":" : Whole(fit.Total),
                fit is null ? ":" : Decimal(fit.Deviance),
                fit?.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture) ?? ":",
                fit is null ? ":" : Decimal(fit.Aic),
                fit is null ? ":" : Decimal(fit.Bic),
                Markup.Escape(alternative.Rejected ?? string.Empty));
        }

        if (table.Rows.Count == 0)
        {
            table.AddRow("(none: the model was given)", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        return table;
    }

    private static string SelectionText(EstimationOptions options) => options.Criterion switch
    {
        SelectionCriterion.Fixed => "given (--model)",
        SelectionCriterion.Significance => string.Create(CultureInfo.InvariantCulture, $"stepwise, likelihood-ratio test at {options.SignificanceLevel}"),
        _ => $"stepwise by {EstimationText.DescribeCriterion(EstimationText.Criterion(options.Criterion))}",
    };

    private static string IntervalText(EstimationOptions options) => options.Interval == IntervalMethod.Bootstrap
        ? string.Create(CultureInfo.InvariantCulture, $"parametric bootstrap, {options.BootstrapReplicates} replicates, seed {options.Seed}")
        : "profile likelihood";

    private static string Whole(double value) => Math.Round(value).ToString("N0", CultureInfo.InvariantCulture);

    private static string Decimal(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
