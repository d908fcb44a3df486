using Spectre.Console;
using Stats.Etl.Synthetic;

namespace Stats.Host.Output;

/// <summary>What `generate` wrote and the headline figures of its ground truth.</summary>
internal static class GenerationTables
{
    public static void Write(IAnsiConsole console, GenerationResult result, string outputDirectory)
    {
        var truth = result.GroundTruth;
        var table = new Table().Border(TableBorder.Rounded).Title($"Synthetic deliveries {truth.Year} (seed {truth.Seed})");
        table.AddColumn("File");
        table.AddColumn("Contract");
        table.AddColumn("Intake must");
        table.AddColumn(new TableColumn("Rows").RightAligned());
        foreach (var delivery in truth.Deliveries)
        {
            var expected = delivery.Expected == "refused" ? $"refuse: {delivery.Reason}" : delivery.Expected;
            table.AddRow(Markup.Escape(delivery.File), Markup.Escape(delivery.Contract), Markup.Escape(expected), OutcomeTables.Number(delivery.RowsLoaded));
        }

        console.Write(table);
        console.MarkupLineInterpolated(
            $"{truth.DistinctPersons} distinct persons, {truth.Registrations.Values.Sum()} registrations, {truth.RegisteredVictims} registered victims; {truth.Justice.SuspectedPersons} suspected persons.");
        console.MarkupLineInterpolated($"Ground truth: {result.GroundTruthPath}");
        console.MarkupLineInterpolated($"Demo linkage secret (synthetic data only): {result.DemoSecretPath}");
        console.MarkupLineInterpolated($"Output folder: {Path.GetFullPath(outputDirectory)}");
    }
}
