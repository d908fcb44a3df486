using Spectre.Console;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Stats.Catalog;
using Stats.Catalog.Entities;
using Stats.Etl.Contracts;
using Stats.Etl.Scheduling;
using Stats.Host.Cli;
using Stats.Host.Serving;

namespace Stats.Host.Commands;

/// <summary>
/// `stats run &lt;job&gt;`: run a job now. With no `stats serve` on the data folder it runs here and prints the outcome; with one,
/// the run is handed to that server's scheduler through the job store (it starts within Scheduler:IdleWait) and shows
/// in `stats runs`, so the warehouse still has one writer.
/// </summary>
internal static class RunCommand
{
    private static readonly Argument<string> Job = new("job") { Description = "pull:<contract-id>, publish, retention, pack or export-refresh." };

    public static Command Create()
    {
        var command = new Command("run", "Run a scheduled job now (pull:<contract-id>, publish, retention, pack, export-refresh).") { Job };
        command.SetRun(async (parse, env, cancellationToken) =>
        {
            var setup = SchedulingSetup.From(env.Warehouse, env.Catalog, env.ContractsDirectory, env.Configuration, env.Time);
            var job = parse.GetValue(Job)!;
            Check(job, new ContractRepository(env.ContractsDirectory));
            var held = setup.Scheduler.Clustered ? null : DataFolderLock.TryAcquire(env.Warehouse.DataPath, env.Time);
            if (held is null)
            {
                return await QueueAsync(setup, job, parse.InvocationConfiguration.Output, cancellationToken).ConfigureAwait(false);
            }

            using (held)
            {
                return await RunHereAsync(setup, job, ConsoleFactory.For(parse), cancellationToken).ConfigureAwait(false);
            }
        });
        return command;
    }

    private static void Check(string job, ContractRepository contracts)
    {
        if (JobNames.IsPull(job, out var contract))
        {
            contracts.Get(contract);
        }
        else if (job is not (JobNames.Publish or JobNames.Retention or JobNames.Pack or JobNames.ExportRefresh))
        {
            throw new CommandInputException($"Unknown job '{job}'. Jobs: pull:<contract-id> ({string.Join(", ", contracts.All().Select(c => c.Id))}), {JobNames.Publish}, {JobNames.Retention}, {JobNames.Pack}, {JobNames.ExportRefresh}.");
        }
    }

    private static async Task<int> RunHereAsync(SchedulingSetup setup, string job, IAnsiConsole console, CancellationToken cancellationToken)
    {
        await (await CatalogDatabase.OpenAsync(setup.Catalog, setup.Warehouse.DataPath, cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        await using var services = Services(setup).BuildServiceProvider();
        var results = await services.GetRequiredService<ManualRuns>().RunAsync(job, cancellationToken).ConfigureAwait(false);
        foreach (var (name, outcome, report) in results)
        {
            console.WriteLine($"{name}: {outcome.ToString().ToLowerInvariant()} — {report.Failure ?? report.Message}");
        }

        return results.All(r => r.Outcome is JobRunOutcome.Succeeded or JobRunOutcome.Skipped) ? ExitCodes.Ok : ExitCodes.Error;
    }

    private static async Task<int> QueueAsync(SchedulingSetup setup, string job, TextWriter output, CancellationToken cancellationToken)
    {
        var services = Services(setup);
        services.AddSingleton<JobRunListener>();
        services.AddQuartz(q => SchedulingServices.Configure(q, setup));
        await using var provider = services.BuildServiceProvider();
        // Never started: this scheduler only stores a trigger for the serving one to fire.
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await scheduler.GetJobDetail(JobNames.Key(job), cancellationToken).ConfigureAwait(false) is null)
            {
                throw new CommandInputException($"The running server has not registered job '{job}' (is the contract new? restart `stats serve`).");
            }

            await scheduler.TriggerJob(JobNames.Key(job), TriggerKinds.Data(TriggerKinds.Manual), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await scheduler.Shutdown(false, CancellationToken.None).ConfigureAwait(false);
        }

        var holder = DataFolderLock.Holder(setup.Warehouse.DataPath);
        await output.WriteLineAsync(
            $"queued: '{job}' runs on the serving scheduler{(holder is null ? "" : $" ({holder})")} within {setup.Scheduler.IdleWait.TotalSeconds:0} s; follow it with `stats runs --job {job}`.")
            .ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static ServiceCollection Services(SchedulingSetup setup)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddStatsWork(setup);
        return services;
    }
}
