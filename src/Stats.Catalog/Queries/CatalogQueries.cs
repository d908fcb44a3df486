using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Queries;

/// <summary>Read-only views for the CLI and the API; entities come back untracked.</summary>
public sealed class CatalogQueries(CatalogDbContext db)
{
    /// <summary>The latest deliveries first (by receipt, then id), each with its quarantine summary.</summary>
    public async Task<IReadOnlyList<Delivery>> RecentDeliveriesAsync(int take, CancellationToken cancellationToken) =>
        await db.Deliveries.AsNoTracking()
            .Include(d => d.Quarantine)
            .OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id)
            .Take(take)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

    /// <summary>Quarantined rows per rule over deliveries received at or after <paramref name="since"/> (all when null), largest first.</summary>
    public async Task<IReadOnlyList<QuarantineTotal>> QuarantineTotalsByRuleAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var summaries = db.QuarantineSummaries.AsNoTracking();
        if (since is { } from)
        {
            summaries = summaries.Where(q => db.Deliveries.Any(d => d.Id == q.DeliveryId && d.ReceivedAt >= from));
        }

        return await summaries
            .GroupBy(q => q.RuleCode)
            .Select(g => new { RuleCode = g.Key, Rows = g.Sum(q => q.Rows), Deliveries = g.Select(q => q.DeliveryId).Distinct().Count() })
            .OrderByDescending(t => t.Rows).ThenBy(t => t.RuleCode)
            .Select(t => new QuarantineTotal(t.RuleCode, t.Rows, t.Deliveries))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Sources with their contracts, by code.</summary>
    public async Task<IReadOnlyList<Source>> SourcesAsync(CancellationToken cancellationToken) =>
        await db.Sources.AsNoTracking()
            .Include(s => s.Contracts)
            .OrderBy(s => s.Code)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

    /// <summary>Published vintages, newest first.</summary>
    public async Task<IReadOnlyList<Vintage>> VintagesAsync(CancellationToken cancellationToken) =>
        await db.Vintages.AsNoTracking()
            .OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

    /// <summary>The latest publish attempts, successful or not, newest first.</summary>
    public async Task<IReadOnlyList<PublishAttempt>> RecentPublishAttemptsAsync(int take, CancellationToken cancellationToken) =>
        await db.PublishAttempts.AsNoTracking()
            .OrderByDescending(a => a.AttemptedAt).ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
}
