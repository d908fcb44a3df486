using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Stats.Catalog;
using Stats.Catalog.Entities;
using Stats.Catalog.Subscriptions;
using Stats.Charts.Packs;
using Stats.Etl.Packs;
using Stats.Etl.Scheduling;
using Stats.Host.Cli;

namespace Stats.Host.Demo;

/// <summary>
/// The demo's last step: the monthly ministry pack of the demo year's last month (or of last month, for the current year)
/// for two demo subscribers, one with the public and one with the analyst role, written to the outbox and never mailed.
/// </summary>
internal static class DemoPack
{
    public const string PackId = "ministry";
    public static readonly (string Name, string Email, SubscriptionRole Role)[] Subscribers =
    [
        ("Demo ministry (public)", "ministry@example.org", SubscriptionRole.Public),
        ("Demo rapporteur (analyst)", "rapporteur@example.org", SubscriptionRole.Analyst),
    ];

    public static PackMonth MonthOf(int year, DateTimeOffset now)
    {
        var last = new PackMonth(year, 12);
        var before = PackMonth.Before(now);
        return last < before ? last : before;
    }

    public static async Task<bool> RunAsync(IAnsiConsole console, StatsEnvironment env, int year, CancellationToken cancellationToken)
    {
        var setup = SchedulingSetup.From(env.Warehouse, env.Catalog, env.ContractsDirectory, env.Configuration, env.Time);
        await using (var db = await CatalogDatabase.OpenAsync(setup.Catalog, setup.Warehouse.DataPath, cancellationToken).ConfigureAwait(false))
        {
            var store = new SubscriptionStore(db, env.Time);
            foreach (var (name, email, role) in Subscribers)
            {
                if (await store.FindAsync(name, cancellationToken).ConfigureAwait(false) is null)
                {
                    await store.AddAsync(name, email, role, PackId, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddStatsWork(setup);
        await using var provider = services.BuildServiceProvider();
        var month = MonthOf(year, env.Time.GetUtcNow());
        var report = await provider.GetRequiredService<PackWork>().RunAsync(
            new PackRequest(month, PackId, [.. Subscribers.Select(s => s.Name)], Resend: true, OutboxOnly: true), cancellationToken).ConfigureAwait(false);
        foreach (var outcome in report.Outcomes)
        {
            console.MarkupLineInterpolated(
                $"{outcome.Recipient} ({outcome.Role.ToString().ToLowerInvariant()}): {(outcome.OutboxPath ?? outcome.Error ?? "")}");
        }

        return report.Outcomes.All(o => o.Status == PackDeliveryStatus.OutboxOnly);
    }
}
