using System.CommandLine;
using Spectre.Console;

namespace Stats.Host.Cli;

/// <summary>A Spectre console over the invocation's output, so tests can capture what a user sees.</summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole For(ParseResult parse)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output) });
        // Redirected output (logs, CI, a file) has no width; 80 columns would fold the tables into unreadable strips.
        if (!console.Profile.Capabilities.Interactive && console.Profile.Width < 140)
        {
            console.Profile.Width = 140;
        }

        return console;
    }

    public static TextWriter Error(ParseResult parse) => parse.InvocationConfiguration.Error;
}
