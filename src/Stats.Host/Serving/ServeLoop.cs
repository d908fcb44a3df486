using Stats.Api;
using Stats.Catalog;
using Stats.Host.Cli;

namespace Stats.Host.Serving;

/// <summary>
/// Serves the data folder's vintages until the command is cancelled (Ctrl+C), printing where the feed listens. Shared by
/// `serve` and by `demo`, which ends by serving what it published.
/// </summary>
internal static class ServeLoop
{
    public static async Task<int> RunAsync(StatsEnvironment env, string urls, TextWriter output, CancellationToken cancellationToken)
    {
        // Migrated once here, so that key lookups on requests only read (and a catalog from before API keys gains its table).
        await (await CatalogDatabase.OpenAsync(env.Catalog, env.Warehouse.DataDirectory, cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        using var source = new CurrentVintageModelSource(env.Warehouse);
        var keys = FeedServer.CatalogKeys(env.Catalog, env.Warehouse.DataDirectory, env.Time);
        await using var app = FeedServer.Build(source, urls, keys, env.Configuration);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        foreach (var address in FeedServer.Addresses(app))
        {
            await output.WriteLineAsync($"OData feed: {address}/odata (Ctrl+C to stop)").ConfigureAwait(false);
        }

        await output.WriteLineAsync(
            "Anonymous callers read the public, disclosure-controlled sets; for the analyst sets create a key with " +
            "`stats keys add --role analyst --name <you>` and give it as the password (Basic) in Excel or Power BI.").ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop gracefully below.
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
