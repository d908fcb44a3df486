using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Stats.Catalog;
using Stats.Catalog.Entities;
using Stats.Charts.Packs;
using Stats.Etl.Packs;
using Stats.Etl.Scheduling;
using Stats.Host.Cli;

namespace Stats.Host.Commands;

/// <summary>
/// `stats pack --month yyyy-MM [--recipient …] [--pack id] [--resend]`: makes a month's chart packs for the subscribers from
/// the current vintage, writes each to the outbox and sends it by SMTP when Pack:Smtp:Host is set. The scheduler's monthly
/// `pack` job does the same for the month before.
/// </summary>
internal static class PackCommand
{
    private static readonly Option<string> Month = new("--month") { Description = "The month to report on, yyyy-MM (e.g. 2025-10).", Required = true };

    private static readonly Option<string[]> Recipient = new("--recipient")
    {
        Description = "Only these subscriptions (name or e-mail); repeat for several. Default: every active subscription.",
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<string> Pack = new("--pack") { Description = "Only the subscriptions to this pack (dashboards/packs/<id>.json)." };

    private static readonly Option<bool> Resend = new("--resend") { Description = "Send again to recipients who already received this month's pack." };

    public static Command Create()
    {
        var command = new Command("pack", "Make a month's chart packs from the current vintage, write them to the outbox and send them to the subscribers.")
        {
            Month, Recipient, Pack, Resend,
        };
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var month = PackMonth.Parse(parse.GetValue(Month));
            var setup = SchedulingSetup.From(env.Warehouse, env.Catalog, env.ContractsDirectory, env.Configuration, env.Time);
            await (await CatalogDatabase.OpenAsync(setup.Catalog, setup.Warehouse.DataPath, cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            services.AddStatsWork(setup);
            await using var provider = services.BuildServiceProvider();
            var report = await provider.GetRequiredService<PackWork>().RunAsync(
                new PackRequest(month, parse.GetValue(Pack), parse.GetValue(Recipient), parse.GetValue(Resend)), cancellationToken).ConfigureAwait(false);
            Write(ConsoleFactory.For(parse), report);
            return report.Outcomes.Any(o => o.Status == PackDeliveryStatus.Failed) ? ExitCodes.Error : ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, PackReport report)
    {
        var table = new Table().Title($"Packs for {report.Month}, vintage {report.VintageId}")
            .AddColumns("Pack", "Recipient", "Role", "Outcome", "Outbox", "Detail");
        foreach (var o in report.Outcomes)
        {
            var outcome = o.Status switch
            {
                null => "already sent (use --resend)",
                PackDeliveryStatus.Sent => "sent",
                PackDeliveryStatus.OutboxOnly => "outbox only (no SMTP server configured)",
                _ => "failed",
            };
            table.AddRow(
                Markup.Escape(o.Pack), Markup.Escape($"{o.Recipient} <{o.Email}>"), o.Role.ToString().ToLowerInvariant(), Markup.Escape(outcome),
                Markup.Escape(o.OutboxPath ?? ""), Markup.Escape(o.Error ?? o.MessageId ?? ""));
        }

        console.Write(table);
    }
}
