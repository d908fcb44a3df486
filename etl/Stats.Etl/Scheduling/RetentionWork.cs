using System.Globalization;
using Microsoft.Extensions.Logging;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Keeps the data folder from growing without bound: deletes vintage snapshots beyond the retention (never the current one
/// nor the newest <see cref="RetentionOptions.KeepVintages"/>), archived deliveries and refused files past their age. The
/// warehouse's lineage and the catalog keep the record of every delivery and vintage; only files go.
/// </summary>
public sealed class RetentionWork(WarehouseOptions warehouse, Inboxes inboxes, SchedulerOptions scheduler, TimeProvider time, ILogger<RetentionWork> logger)
{
    public Task<JobReport> RunAsync(CancellationToken cancellationToken)
    {
        var retention = scheduler.Retention;
        var now = time.GetUtcNow();
        var vintages = DeleteVintages(retention, now);
        var archived = DeleteOlderThan("archive", now.AddDays(-retention.ArchiveDays), cancellationToken);
        var rejected = DeleteOlderThan("rejected", now.AddDays(-retention.RejectedDays), cancellationToken);
        var message = string.Create(CultureInfo.InvariantCulture, $"deleted {vintages} vintage(s), {archived} archived and {rejected} rejected file(s)");
        logger.LogInformation("Retention: {Message}", message);
        return Task.FromResult(new JobReport { Message = message });
    }

    private int DeleteVintages(RetentionOptions retention, DateTimeOffset now)
    {
        var store = new VintageStore(warehouse);
        var current = store.Current()?.Id;
        var candidates = store.List()
            .OrderByDescending(v => v.Id)
            .Skip(retention.KeepVintages)
            .Where(v => v.Id != current && v.PublishedAt < now.AddDays(-retention.VintageDays))
            .ToList();
        foreach (var vintage in candidates)
        {
            store.Delete(vintage);
        }

        return candidates.Count;
    }

    private int DeleteOlderThan(string folder, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(inboxes.Root))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var contractFolder in Directory.EnumerateDirectories(inboxes.Root))
        {
            var root = Path.Combine(contractFolder, folder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (File.GetLastWriteTimeUtc(file) < cutoff.UtcDateTime)
                {
                    File.Delete(file);
                    deleted++;
                }
            }
        }

        return deleted;
    }
}
