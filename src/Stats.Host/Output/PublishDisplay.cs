using System.Globalization;
using Spectre.Console;
using Stats.Etl.Operations;
using Stats.Warehouse.Freshness;
using Stats.Warehouse.Publish;

namespace Stats.Host.Output;

/// <summary>Runs a publish with a live status line and prints the model build and the data tests.</summary>
internal static class PublishDisplay
{
    public static async Task<PublishResult> RunAsync(
        IAnsiConsole console, WarehouseSession session, IReadOnlyList<SourceExpectation> expectations, CancellationToken cancellationToken)
    {
        var result = await console.Status().StartAsync("Building the model", async context =>
        {
            var progress = new Progress<string>(step => context.Status(Markup.Escape(step)));
            return await session.PublishAsync(expectations, progress, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);

        if (result.Build is { } build)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Model build");
            table.AddColumn("Model");
            table.AddColumn(new TableColumn("Rows").RightAligned());
            table.AddColumn(new TableColumn("Seconds").RightAligned());
            foreach (var model in build.Models.Where(m => m.Table is not null))
            {
                table.AddRow(
                    Markup.Escape(model.Table!),
                    model.Rows is { } rows ? OutcomeTables.Number(rows) : "",
                    model.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
            }

            console.Write(table);
        }

        foreach (var failure in result.Failures)
        {
            console.MarkupLineInterpolated($"[red]data test failed:[/] {failure.Test} ({failure.Rows} row(s)){(failure.Error is null ? "" : ": " + failure.Error)}");
        }

        console.MarkupLine(result.Published ? $"[green]{Markup.Escape(PublishMessages.Describe(result))}[/]" : $"[red]{Markup.Escape(PublishMessages.Describe(result))}[/]");
        return result;
    }
}
