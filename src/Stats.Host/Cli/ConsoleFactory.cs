using System.CommandLine;
using Spectre.Console;

namespace Stats.Host.Cli;

/// <summary>A Spectre console over the invocation's output, so tests can capture what a user sees.</summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole For(ParseResult parse) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output) });

    public static TextWriter Error(ParseResult parse) => parse.InvocationConfiguration.Error;
}
