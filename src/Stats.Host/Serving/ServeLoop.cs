using Microsoft.Extensions.Logging;
using Stats.Api;
using Stats.Catalog;
using Stats.Etl.Scheduling;
using Stats.Host.Cli;

namespace Stats.Host.Serving;

/// <summary>
/// Serves the data folder until the command is cancelled (Ctrl+C): the OData feed over its vintages and, unless
/// Scheduler:Enabled is false, the scheduler with its jobs, the upload endpoint, /health and the admin operations, all in
/// one process. Shared by `serve` and by `demo`, which ends by serving what it published.
/// </summary>
internal static class ServeLoop
{
    public static async Task<int> RunAsync(StatsEnvironment env, string urls, TextWriter output, CancellationToken cancellationToken)
    {
        var setup = SchedulingSetup.From(env.Warehouse, env.Catalog, env.ContractsDirectory, env.Configuration, env.Time);
        var scheduling = setup.Scheduler.Enabled;

        // One scheduler per data folder; checked before anything is opened, so a second `serve` fails at once.
        using var folder = scheduling && !setup.Scheduler.Clustered ? DataFolderLock.Acquire(env.Warehouse.DataPath, env.Time) : null;

        // Migrated once here, so that key lookups on requests only read (and a catalog from before API keys gains its table).
        await (await CatalogDatabase.OpenAsync(env.Catalog, env.Warehouse.DataDirectory, cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        using var source = new CurrentVintageModelSource(env.Warehouse);
        await using var app = Compose(setup, source, urls);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        foreach (var address in FeedServer.Addresses(app))
        {
            await output.WriteLineAsync($"Portal: {address}/").ConfigureAwait(false);
            await output.WriteLineAsync($"OData feed: {address}/odata (Ctrl+C to stop)").ConfigureAwait(false);
            await output.WriteLineAsync($"Health: {address}/health").ConfigureAwait(false);
        }

        await output.WriteLineAsync(scheduling
            ? $"Scheduler: pulls per contract on their schedules, inboxes under {setup.Intake.InboxPath(env.Warehouse.DataPath)}; `stats runs` shows the history."
            : "Scheduler: off (Scheduler:Enabled=false); this process only serves.").ConfigureAwait(false);
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

    /// <summary>
    /// The web application `serve` runs, not started: the feed over <paramref name="source"/>, keys from the catalog, and the
    /// scheduler with the operations unless Scheduler:Enabled is false. <paramref name="logging"/> adds to the log set-up
    /// (the security tests record every line the server writes); the catalog must be migrated already.
    /// </summary>
    internal static Microsoft.AspNetCore.Builder.WebApplication Compose(SchedulingSetup setup, IServedModelSource source, string urls, Action<ILoggingBuilder>? logging = null)
    {
        var keys = FeedServer.CatalogKeys(setup.Catalog, setup.Warehouse.DataDirectory, setup.Time);
        return FeedServer.Build(
            source, urls, keys, setup.Configuration,
            logging: builder =>
            {
                QuietQuartz(builder);
                logging?.Invoke(builder);
            },
            compose: services => ServeComposition.Add(services, setup, setup.Scheduler.Enabled));
    }

    // Quartz logs every acquisition round at Information; operators need its warnings, and the run history has the rest.
    private static void QuietQuartz(ILoggingBuilder logging) => logging.AddFilter("Quartz", LogLevel.Warning);
}
