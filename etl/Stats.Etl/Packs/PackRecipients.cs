using Stats.Catalog.Entities;
using Stats.Catalog.Subscriptions;
using Stats.Charts.Packs;

namespace Stats.Etl.Packs;

/// <summary>Which subscriptions a pack run serves, with clear errors for an unknown recipient or pack.</summary>
internal static class PackRecipients
{
    public static async Task<IReadOnlyList<Subscription>> SelectAsync(
        SubscriptionStore store, PackCatalogue packs, PackRequest request, CancellationToken cancellationToken)
    {
        if (request.PackId is not null)
        {
            packs.Get(request.PackId);
        }

        var active = await store.ListAsync(request.PackId, includeInactive: false, cancellationToken).ConfigureAwait(false);
        List<Subscription> chosen;
        if (request.Recipients is { Count: > 0 } names)
        {
            chosen = [];
            foreach (var name in names)
            {
                var found = await store.FindAsync(name, cancellationToken).ConfigureAwait(false);
                if (found is null || !found.Active || (request.PackId is not null && found.PackId != request.PackId))
                {
                    throw new PackException(
                        $"--recipient '{name}' is not an active subscription{(request.PackId is null ? "" : $" to pack '{request.PackId}'")}. " +
                        (active.Count == 0 ? "There are none: add one with `stats subscriptions add`." : $"Subscriptions: {string.Join(", ", active.Select(s => s.Name))}."));
                }

                if (!chosen.Any(c => c.Id == found.Id))
                {
                    chosen.Add(found);
                }
            }
        }
        else
        {
            chosen = [.. active];
        }

        if (chosen.Count == 0)
        {
            throw new PackException(
                $"No active subscription{(request.PackId is null ? "" : $" to pack '{request.PackId}'")}: add one with `stats subscriptions add --name … --email … --role public|analyst`.");
        }

        foreach (var unknown in chosen.Where(s => !packs.Packs.Any(p => p.Id == s.PackId)))
        {
            throw new PackException($"Subscription '{unknown.Name}' asks for pack '{unknown.PackId}', which is not in dashboards/packs ({string.Join(", ", packs.Packs.Select(p => p.Id))}).");
        }

        return chosen;
    }
}
