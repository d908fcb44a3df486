using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Stats.Host.Cli;
using Stats.Warehouse.Exports;
using Stats.Warehouse.Vintages;

namespace Stats.Host.Commands;

/// <summary>
/// `stats export &lt;format&gt; [--vintage] [--indicators] [--years] [--out] [--role]`: one published vintage in a monitoring
/// body's format, written whole or not at all into --out (default data/exports/vintage-&lt;id&gt;/&lt;role&gt;/&lt;format&gt;).
/// </summary>
internal static class ExportCommand
{
    private static readonly Argument<string> Format = new("format")
    {
        Description = "Export format: " + string.Join("; ", ExportFormats.All.Select(f => $"{f.Id} ({f.Description})")),
    };

    private static readonly Option<string?> Indicators = new("--indicators")
    {
        Description = "Comma-separated indicator ids (e.g. V04,J02,J05). Default: every indicator of the vintage.",
    };

    private static readonly Option<string?> Years = new("--years")
    {
        Description = "Reference years: a list (2024,2025) or a range (2021-2025). Default: every year the vintage holds.",
    };

    private static readonly Option<string?> Out = new("--out")
    {
        Description = "Folder to write (created or replaced; it must be new, empty or an earlier export). Default: <data>/exports/vintage-<id>/<role>/<format>.",
    };

    public static Command Create()
    {
        var command = new Command("export",
            "Export a published vintage for monitoring bodies (SDMX-CSV with its structure, Eurostat, UNODC GLOTIP, GRETA workbook) " +
            "or for other tools (Parquet, Arrow, CSV, XLSX), with flags, definitions and the vintage recorded in metadata.json. " +
            "public exports apply disclosure control: a suppressed cell has no value, only its flag.")
        {
            Format, ReadOptions.Vintage, Indicators, Years, Out, ReadOptions.Role,
        };
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var format = ExportFormats.Find(parse.GetValue(Format));
            var role = Roles.Parse(parse.GetValue(ReadOptions.Role));
            var request = new ExportRequest(format.Id, SplitList(parse.GetValue(Indicators)), ExportYears.Parse(SplitList(parse.GetValue(Years)), "--years"), role);
            var store = new VintageStore(env.Warehouse);
            var vintage = VintageSelection.Resolve(store, parse.GetValue(ReadOptions.Vintage));
            var exporter = new Exporter(env.Warehouse, env.Time);
            var folder = parse.GetValue(Out) is { Length: > 0 } given ? given : exporter.DefaultDirectory(vintage.Id, role, format.Id);
            var result = await exporter.ExportAsync(request, vintage, folder, cancellationToken).ConfigureAwait(false);
            Write(ConsoleFactory.For(parse), result);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static IReadOnlyList<string> SplitList(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static void Write(IAnsiConsole console, ExportResult result)
    {
        var table = new Table()
            .Title(Markup.Escape($"{result.Format} export of vintage {result.Vintage.Id} ({result.Role}), {result.Years.Count} year(s), {result.Indicators.Count} indicator(s)"))
            .AddColumns("File", "Indicator", "Rows", "Bytes");
        foreach (var file in result.Files)
        {
            table.AddRow(
                Markup.Escape(file.Path), Markup.Escape(file.Indicator ?? ""),
                file.Rows?.ToString("N0", CultureInfo.InvariantCulture) ?? "", file.Bytes.ToString("N0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLine($"Written to [bold]{Markup.Escape(result.Directory)}[/] with {Exporter.MetadataFile}.");
    }
}
