using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;
using Stats.Catalog.Entities;
using Stats.Catalog.Subscriptions;
using Stats.Charts.Definitions;
using Stats.Charts.Delivery;
using Stats.Charts.Packs;
using Stats.Etl.Scheduling;
using Stats.Warehouse;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Etl.Packs;

/// <summary>
/// Makes a month's packs for their subscribers from the current vintage: each role's content is rendered once, each
/// recipient's message is written to the outbox and then sent by SMTP when a server is configured, and every delivery is
/// recorded in the catalog. A recipient already sent this month's pack is skipped (unless resending), so a retry after a
/// mail-server outage sends only what is missing.
/// </summary>
public sealed class PackWork(
    WarehouseOptions warehouse, PackOptions options, CatalogContexts catalog, TimeProvider time, ILogger<PackWork> logger)
{
    // Used only when no Pack:Smtp:FromAddress is set, i.e. for packs that go to the outbox alone.
    private static readonly MailboxAddress DefaultFrom = new("THB statistics warehouse", "stats@localhost");

    /// <summary>The scheduled job: last month's packs for every subscriber.</summary>
    public async Task<JobReport> RunScheduledAsync(CancellationToken cancellationToken)
    {
        var report = await RunAsync(new PackRequest(PackMonth.Before(time.GetUtcNow())), cancellationToken).ConfigureAwait(false);
        var failed = report.Outcomes.Where(o => o.Status == PackDeliveryStatus.Failed).ToList();
        var message = $"{report.Month}, vintage {report.VintageId}: {report.Count(PackDeliveryStatus.Sent)} sent, " +
            $"{report.Count(PackDeliveryStatus.OutboxOnly)} outbox only, {failed.Count} failed, {report.Outcomes.Count(o => o.Skipped)} already sent";
        if (failed.Any(f => f.Transient))
        {
            throw new TransientPackException($"{message}; {failed.First(f => f.Transient).Error}");
        }

        return new JobReport { Message = message, VintageId = report.VintageId, Failure = failed.Count == 0 ? null : $"{message}; {failed[0].Error}" };
    }

    public async Task<PackReport> RunAsync(PackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        request.Month.EnsureEndedBy(now);
        var sql = new SqlFiles(warehouse.SqlPath);
        var charts = ChartCatalogue.Load(options.DashboardsPath, IndicatorCatalogueFiles.Load(sql));
        var packs = PackCatalogue.Load(options.DashboardsPath, charts, IndicatorCatalogueFiles.Load(sql));
        var vintages = new VintageStore(warehouse);
        var current = vintages.Current() ?? throw new PackException("No vintage has been published yet: run `stats publish` first.");

        await using var db = catalog.Create();
        var store = new SubscriptionStore(db, time);
        var recipients = await PackRecipients.SelectAsync(store, packs, request, cancellationToken).ConfigureAwait(false);
        await using var snapshot = await vintages.OpenReadOnlyAsync(current, cancellationToken).ConfigureAwait(false);
        var builder = new PackBuilder(charts, new PackSummaryReader(sql));
        var outcomes = new List<PackOutcome>();
        foreach (var group in recipients.GroupBy(s => s.PackId, StringComparer.Ordinal))
        {
            var pack = packs.Get(group.Key);
            var baseline = await BaselineAsync(store, vintages, pack, request.Month, current, cancellationToken).ConfigureAwait(false);
            var contents = new Dictionary<IndicatorRole, PackContent>();
            foreach (var subscription in group)
            {
                if (!request.Resend && await SentAsync(db, pack.Id, request.Month, subscription.Id, cancellationToken).ConfigureAwait(false))
                {
                    outcomes.Add(new PackOutcome(pack.Id, subscription.Name, subscription.Email, subscription.Role, null, null, null, null, false));
                    continue;
                }

                var role = subscription.Role == SubscriptionRole.Analyst ? IndicatorRole.Analyst : IndicatorRole.Public;
                if (!contents.TryGetValue(role, out var content))
                {
                    content = await builder.BuildAsync(snapshot, pack, request.Month, role, current, baseline, now, cancellationToken).ConfigureAwait(false);
                    contents[role] = content;
                }

                var outcome = await DeliverAsync(content, subscription, request.OutboxOnly, cancellationToken).ConfigureAwait(false);
                await store.RecordDeliveryAsync(
                    new PackDeliveryRecord(subscription, request.Month.ToString(), current.Id, outcome.Status!.Value, outcome.MessageId, outcome.OutboxPath, outcome.Error),
                    CancellationToken.None).ConfigureAwait(false);
                outcomes.Add(outcome);
            }
        }

        return new PackReport(request.Month, current.Id, outcomes);
    }

    private async Task<PackOutcome> DeliverAsync(PackContent content, Subscription subscription, bool outboxOnly, CancellationToken cancellationToken)
    {
        var recipient = new PackRecipient(subscription.Name, subscription.Email, content.Role);
        var message = PackMessage.Build(content, recipient, options.Smtp.From ?? DefaultFrom);
        string folder;
        try
        {
            folder = await OutboxFolder.WriteAsync(
                options.OutboxPath(warehouse.DataPath), content.Definition.Id, content.Month.ToString(), $"{OutboxFolder.Slug(subscription.Name)}-{subscription.Id}", message,
                PackFiles.For(content, recipient), cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            logger.LogError("Pack {Pack} {Month}: the outbox could not be written for subscription {Subscription}: {Reason}", content.Definition.Id, content.Month, subscription.Id, e.Message);
            return Outcome(subscription, content, PackDeliveryStatus.Failed, null, null, $"outbox: {e.Message}", transient: true);
        }

        if (outboxOnly || !options.Smtp.IsConfigured)
        {
            return Outcome(subscription, content, PackDeliveryStatus.OutboxOnly, folder, null, null, transient: false);
        }

        try
        {
            var id = await new SmtpPackSender(options.Smtp).SendAsync(message, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Pack {Pack} {Month} sent to subscription {Subscription}", content.Definition.Id, content.Month, subscription.Id);
            return Outcome(subscription, content, PackDeliveryStatus.Sent, folder, id, null, transient: false);
        }
        catch (PackDeliveryException e)
        {
            logger.LogWarning("Pack {Pack} {Month} not sent to subscription {Subscription}: {Reason}", content.Definition.Id, content.Month, subscription.Id, e.Message);
            return Outcome(subscription, content, PackDeliveryStatus.Failed, folder, null, e.Message, e.IsTransient);
        }
    }

    private static PackOutcome Outcome(
        Subscription s, PackContent content, PackDeliveryStatus status, string? folder, string? id, string? error, bool transient) =>
        new(content.Definition.Id, s.Name, s.Email, s.Role, status, folder, id, error, transient);

    /// <summary>The previous pack's vintage when it still exists, else the vintage before the current one.</summary>
    private static async Task<VintageInfo?> BaselineAsync(
        SubscriptionStore store, VintageStore vintages, PackDefinition pack, PackMonth month, VintageInfo current, CancellationToken cancellationToken)
    {
        var all = vintages.List();
        var last = await store.LastDeliveryBeforeAsync(pack.Id, month.ToString(), cancellationToken).ConfigureAwait(false);
        return (last is null ? null : all.FirstOrDefault(v => v.Id == last.VintageId))
            ?? all.Where(v => v.Id < current.Id).MaxBy(v => v.Id);
    }

    private static Task<bool> SentAsync(Stats.Catalog.CatalogDbContext db, string pack, PackMonth month, long subscription, CancellationToken cancellationToken)
    {
        var text = month.ToString();
        return db.PackDeliveries.AsNoTracking().AnyAsync(
            d => d.PackId == pack && d.Month == text && d.SubscriptionId == subscription && d.Status == PackDeliveryStatus.Sent, cancellationToken);
    }
}
