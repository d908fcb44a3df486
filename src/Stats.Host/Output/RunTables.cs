using System.Globalization;
using Spectre.Console;
using Stats.Catalog.Entities;
using Stats.Catalog.Jobs;

namespace Stats.Host.Output;

/// <summary>Run history as a table (times in UTC).</summary>
internal static class RunTables
{
    public static void Write(IAnsiConsole console, IReadOnlyList<JobRunRecord> runs)
    {
        if (runs.Count == 0)
        {
            console.WriteLine("No runs recorded yet: the scheduler runs with `stats serve`; `stats run <job>` runs one now.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Runs");
        foreach (var column in new[] { "Id", "Job", "Trigger", "Try", "Started (UTC)", "Took", "Outcome", "Files", "Loaded", "Refused", "Rows", "Vintage", "Message" })
        {
            table.AddColumn(column);
        }

        foreach (var r in runs)
        {
            table.AddRow(
                N(r.Id), Markup.Escape(r.JobName), Markup.Escape(r.Trigger), N(r.Attempt),
                r.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                r.FinishedAt is { } end ? Took(end - r.StartedAt) : "",
                Outcome(r.Outcome), N(r.FilesSeen), N(r.DeliveriesLoaded), N(r.DeliveriesRefused), N(r.RowsLoaded),
                r.VintageId is { } v ? N(v) : "", Markup.Escape(r.Message ?? ""));
        }

        console.Write(table);
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Took(TimeSpan span) =>
        span.TotalSeconds < 60 ? span.TotalSeconds.ToString("0.0s", CultureInfo.InvariantCulture) : span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture);

    private static string Outcome(JobRunOutcome outcome) => outcome switch
    {
        JobRunOutcome.Succeeded => "[green]succeeded[/]",
        JobRunOutcome.Failed or JobRunOutcome.Interrupted => $"[red]{outcome.ToString().ToLowerInvariant()}[/]",
        JobRunOutcome.WillRetry or JobRunOutcome.Running => $"[yellow]{outcome.ToString().ToLowerInvariant()}[/]",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
