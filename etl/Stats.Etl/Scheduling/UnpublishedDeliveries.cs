using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Entities;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Whether a loaded delivery is missing from the served vintage. A pull asks for a publish when it loads something; a
/// process killed after a delivery's batch committed (before the file was archived, or during the publish that followed)
/// finds it a duplicate or finds nothing on its rerun, and without this check would leave it unpublished until the next delivery.
/// </summary>
internal static class UnpublishedDeliveries
{
    public static async Task<bool> AnyAsync(CatalogContexts catalog, WarehouseOptions warehouse, CancellationToken cancellationToken)
    {
        List<long> loaded;
        await using (var db = catalog.Create())
        {
            loaded = await db.Deliveries.AsNoTracking()
                .Where(d => d.Status == DeliveryStatus.Loaded && d.LoadBatchKey != null)
                .Select(d => d.LoadBatchKey!.Value)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        if (loaded.Count == 0)
        {
            return false;
        }

        var store = new VintageStore(warehouse);
        if (store.Current() is not { } current)
        {
            return true;
        }

        var published = new HashSet<long>();
        await using var snapshot = await store.OpenReadOnlyAsync(current, cancellationToken).ConfigureAwait(false);
        await using var command = snapshot.CreateCommand();
        command.CommandText = "SELECT load_batch_key FROM meta_load_batch";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            published.Add(reader.GetInt64(0));
        }

        return loaded.Exists(key => !published.Contains(key));
    }
}
