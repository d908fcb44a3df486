using System.Globalization;
using Spectre.Console;
using Stats.Etl.Intake;

namespace Stats.Host.Output;

/// <summary>One row per delivery: what happened to it and why.</summary>
internal static class OutcomeTables
{
    public static void Write(IAnsiConsole console, IReadOnlyList<IntakeOutcome> outcomes)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Deliveries");
        table.AddColumn("File");
        table.AddColumn("Contract");
        table.AddColumn("Outcome");
        table.AddColumn(new TableColumn("Rows read").RightAligned());
        table.AddColumn(new TableColumn("Loaded").RightAligned());
        table.AddColumn(new TableColumn("Quarantined").RightAligned());
        table.AddColumn("Reason");
        foreach (var outcome in outcomes)
        {
            table.AddRow(
                Markup.Escape(Path.GetFileName(outcome.FilePath)),
                Markup.Escape(outcome.ContractId),
                Status(outcome),
                Number(outcome.RowsRead),
                Number(outcome.RowsLoaded),
                Number(outcome.RowsQuarantined),
                Markup.Escape(Reason(outcome)));
        }

        console.Write(table);
        foreach (var refused in outcomes.Where(o => o.Status == IntakeStatus.Refused))
        {
            console.MarkupLineInterpolated($"[red]refused[/] {refused.Message}");
        }

        foreach (var finding in outcomes.SelectMany(o => o.Findings))
        {
            console.MarkupLineInterpolated($"[yellow]{finding.CheckCode}[/] {finding.Message}");
        }
    }

    private static string Status(IntakeOutcome outcome) => outcome.Status switch
    {
        IntakeStatus.Loaded when outcome.RowsQuarantined > 0 => "[yellow]loaded, rows quarantined[/]",
        IntakeStatus.Loaded when outcome.Findings.Count > 0 => "[yellow]loaded, with findings[/]",
        IntakeStatus.Loaded => "[green]loaded[/]",
        IntakeStatus.Duplicate => "[blue]duplicate (no-op)[/]",
        _ => "[red]refused[/]",
    };

    private static string Reason(IntakeOutcome outcome) => outcome.Status switch
    {
        IntakeStatus.Refused => outcome.RefusalReason ?? "refused",
        IntakeStatus.Duplicate => outcome.DuplicateOfBatchKey is { } batch ? $"same content as load batch {batch}" : "same content as an earlier delivery",
        _ => string.Join(", ", outcome.Quarantine.GroupBy(q => q.RuleCode).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Sum(q => q.Rows)}"))
            .Concat(outcome.Findings.GroupBy(f => f.CheckCode).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} finding {g.Count()}")))),
    };

    internal static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
