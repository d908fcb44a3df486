using System.CommandLine;
using Stats.Host.Cli;
using Stats.Host.Demo;

namespace Stats.Host.Commands;

/// <summary>`stats demo`: generate → pseudonymise → intake → publish → figures against ground truth.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Run the whole spine on one synthetic year: generate, check and load every delivery, link, publish, and compare the figures with the generator's ground truth.")
        {
            GenerateCommand.Year, GenerateCommand.Seed,
        };
        command.SetRun((parse, env, cancellationToken) =>
            new DemoRun(ConsoleFactory.For(parse), env, parse.GetValue(GenerateCommand.Year), parse.GetValue(GenerateCommand.Seed))
                .RunAsync(cancellationToken));
        return command;
    }
}
