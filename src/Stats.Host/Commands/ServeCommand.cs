using System.CommandLine;
using Stats.Host.Cli;
using Stats.Host.Serving;

namespace Stats.Host.Commands;

/// <summary>`stats serve`: the OData feed over the current published vintage, until stopped.</summary>
internal static class ServeCommand
{
    /// <summary>Also an option of `demo`, which ends by serving.</summary>
    public static readonly Option<string> Urls = new("--urls")
    {
        Description = "Address(es) to listen on, separated by ';'.",
        DefaultValueFactory = _ => "http://127.0.0.1:5000",
    };

    public static Command Create()
    {
        var command = new Command(
            "serve",
            "Serve the OData feed (/odata) over the current published vintage; a new publish is served from the next request on, without a restart. " +
            "Anonymous callers read the public sets; API keys (`stats keys add`) are accepted as the Basic password, an X-Api-Key header or an api_key parameter.");
        command.Options.Add(Urls);
        command.SetRun((parse, env, cancellationToken) =>
            ServeLoop.RunAsync(env, parse.GetValue(Urls)!, parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }
}
