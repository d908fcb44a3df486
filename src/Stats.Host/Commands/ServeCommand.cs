using System.CommandLine;
using Stats.Api;
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
            "Serve the OData feed (/odata) over the current published vintage; a new publish is served from the next request on, without a restart.");
        command.Options.Add(urls);
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            using var source = new CurrentVintageModelSource(env.Warehouse);
            await using var app = FeedServer.Build(source, parse.GetValue(urls)!);
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
