using System.CommandLine;
using Stats.Api;
using Stats.Catalog;
using Stats.Host.Cli;
using Stats.Host.Serving;

namespace Stats.Host.Commands;

/// <summary>`stats serve`: the OData feed over the current published vintage, until stopped.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Address(es) to listen on, separated by ';'.",
            DefaultValueFactory = _ => "http://127.0.0.1:5000",
        };
        var command = new Command(
            "serve",
            "Serve the OData feed (/odata) over the current published vintage; a new publish is served from the next request on, without a restart. " +
            "Anonymous callers read the public sets; API keys (`stats keys add`) are accepted as the Basic password, an X-Api-Key header or an api_key parameter.");
        command.Options.Add(urls);
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            // Migrated once here, so that key lookups on requests only read (and a catalog from before API keys gains its table).
            await (await CatalogDatabase.OpenAsync(env.Catalog, env.Warehouse.DataDirectory, cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            using var source = new CurrentVintageModelSource(env.Warehouse);
            var keys = FeedServer.CatalogKeys(env.Catalog, env.Warehouse.DataDirectory, env.Time);
            await using var app = FeedServer.Build(source, parse.GetValue(urls)!, keys, env.Configuration);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            foreach (var address in FeedServer.Addresses(app))
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync($"OData feed: {address}/odata (Ctrl+C to stop)").ConfigureAwait(false);
            }

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
        });
        return command;
    }
}
