using Stats.Host.Cli;

namespace Stats.EndToEnd.Tests;

/// <summary>Runs the real `stats` command line in-process, capturing what a user would see.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await StatsCommandLine.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
