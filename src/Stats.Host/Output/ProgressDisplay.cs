using Spectre.Console;
using Stats.Etl.Intake;

namespace Stats.Host.Output;

/// <summary>A live status line while a delivery is checked and loaded (stage and rows so far).</summary>
internal static class ProgressDisplay
{
    public static Task<T> RunAsync<T>(IAnsiConsole console, string title, Func<IProgress<IntakeProgress>, Task<T>> work) =>
        console.Status().StartAsync(Markup.Escape(title), async context =>
        {
            var progress = new Progress<IntakeProgress>(p => context.Status(Markup.Escape(Describe(p))));
            return await work(progress).ConfigureAwait(false);
        });

    private static string Describe(IntakeProgress progress) => progress.Rows is { } rows
        ? $"{progress.FileName}: {progress.Stage} ({OutcomeTables.Number(rows)} rows)"
        : $"{progress.FileName}: {progress.Stage}";
}
