using System.CommandLine;
using Stats.Host.Cli;
using Stats.Host.Demo;
using Stats.Host.Serving;

namespace Stats.Host.Commands;

/// <summary>`stats demo`: generate → pseudonymise → intake → publish → figures against ground truth → serve the feed (until Ctrl+C).</summary>
internal static class DemoCommand
{
    private static readonly Option<bool> NoServe = new("--no-serve")
    {
        Description = "Stop after the checks instead of serving the published vintage (scripts, CI).",
    };

    public static Command Create()
    {
        var command = new Command("demo", "Run the whole spine on one synthetic year: generate, check and load every delivery, link, publish, and compare the figures with the generator's ground truth.")
        {
            GenerateCommand.Year, GenerateCommand.Seed,
        };
        command.Options.Add(NoServe);
        command.Options.Add(ServeCommand.Urls);
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var exit = await new DemoRun(ConsoleFactory.For(parse), env, parse.GetValue(GenerateCommand.Year), parse.GetValue(GenerateCommand.Seed))
                .RunAsync(cancellationToken).ConfigureAwait(false);
            if (exit != ExitCodes.Ok || parse.GetValue(NoServe))
            {
                return exit;
            }

            return await ServeLoop.RunAsync(env, parse.GetValue(ServeCommand.Urls)!, parse.InvocationConfiguration.Output, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
