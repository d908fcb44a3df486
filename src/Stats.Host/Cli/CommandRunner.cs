using System.CommandLine;
using Stats.Warehouse;

namespace Stats.Host.Cli;

/// <summary>
/// Runs a command body and turns failures into one line on stderr and a non-zero exit code: users get
/// the reason, never a stack trace (set STATS_DEBUG=1 to see the full exception when reporting a bug).
/// </summary>
internal static class CommandRunner
{
    public static void SetRun(this Command command, Func<ParseResult, StatsEnvironment, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = ConsoleFactory.Error(parse);
            try
            {
                return await body(parse, StatsEnvironment.From(parse), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WarehouseLockedException or Serving.DataFolderInUseException)
            {
                await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Locked;
            }
            catch (OperationCanceledException)
            {
                await error.WriteLineAsync("cancelled.").ConfigureAwait(false);
                return ExitCodes.Error;
            }
            catch (Exception ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                if (Environment.GetEnvironmentVariable("STATS_DEBUG") == "1")
                {
                    await error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
                }

                return ExitCodes.Error;
            }
        });
}
