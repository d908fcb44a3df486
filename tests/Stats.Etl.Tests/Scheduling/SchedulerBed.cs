using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Stats.Catalog;
using Stats.Catalog.Jobs;
using Stats.Charts.Packs;
using Stats.Etl.Scheduling;
using Stats.Warehouse;

namespace Stats.Etl.Tests.Scheduling;

/// <summary>
/// The scheduler composed as `stats serve` composes it, in this process, on a temp data folder, a temp contracts folder
/// with only the contracts a test names, and a fake clock. Start and stop it as often as a test needs (a stop is a
/// process exit as far as the job store is concerned); the run history is read back from the catalog.
/// </summary>
internal sealed class SchedulerBed : IAsyncDisposable
{
    public static readonly DateTimeOffset Monday0500 = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);

    private ServiceProvider? _services;
    private List<IHostedService> _started = [];
    private bool _catalogReady;

    public SchedulerBed(params string[] contractIds)
    {
        Directory.CreateDirectory(ContractsDirectory);
        foreach (var id in contractIds)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "contracts", id + ".json"), Path.Combine(ContractsDirectory, id + ".json"));
        }
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("stats-sched-").FullName;
    public string DataDirectory => Path.Combine(Root, "data");
    public string ContractsDirectory => Path.Combine(Root, "contracts");
    public FakeTimeProvider Time { get; } = new(Monday0500);
    public WarehouseOptions Warehouse => new() { DataDirectory = DataDirectory };
    public CatalogOptions Catalog { get; } = new();
    public SchedulerOptions Options { get; } = new();
    public IntakeOptions Intake { get; } = new();

    /// <summary>The monthly pack job is off unless a test gives it a schedule.</summary>
    public PackOptions Pack { get; } = new() { Schedule = "" };

    /// <summary>The export refresh is off (no schedule, not after a publish) unless a test turns it on.</summary>
    public ExportRefreshOptions Exports { get; } = new() { Schedule = "", AfterPublish = false };
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The scheduler is not started.");

    public string Inbox(string contractId) => Path.Combine(Intake.InboxPath(DataDirectory), contractId);

    /// <summary>Composes a fresh scheduler process on the same folders and starts it (and the inbox watcher when asked).</summary>
    public async Task StartAsync(bool watchInboxes = false)
    {
        if (!_catalogReady)
        {
            await using var db = await CatalogDatabase.OpenAsync(Catalog, DataDirectory, CancellationToken.None);
            _catalogReady = true;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var setup = new SchedulingSetup(Warehouse, Catalog, Options, Intake, Pack, ContractsDirectory, configuration, Time) { Exports = Exports };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddStatsScheduler(setup);
        _services = services.BuildServiceProvider();
        _started = [.. _services.GetServices<IHostedService>().Where(s => s is SchedulerService || (watchInboxes && s is InboxWatcher))];
        foreach (var service in _started)
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    public async Task StopAsync()
    {
        foreach (var service in Enumerable.Reverse(_started))
        {
            await service.StopAsync(CancellationToken.None);
        }

        _started = [];
        if (_services is not null)
        {
            await _services.DisposeAsync();
            _services = null;
        }
    }

    public ValueTask<IScheduler> SchedulerAsync() => Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    /// <summary>Every recorded run, oldest first.</summary>
    public async Task<IReadOnlyList<JobRunRecord>> RunsAsync(string? job = null)
    {
        await using var db = CatalogDatabase.CreateContext(Catalog, DataDirectory);
        var latestFirst = await new JobRunQueries(db).RecentAsync(1000, job, CancellationToken.None);
        return [.. latestFirst.Reverse()];
    }

    /// <summary>Waits (in real time) until the recorded runs satisfy <paramref name="done"/>; fails with what was recorded.</summary>
    public async Task<IReadOnlyList<JobRunRecord>> WaitForRunsAsync(Func<IReadOnlyList<JobRunRecord>, bool> done, string? job = null, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var runs = await RunsAsync(job);
            if (done(runs))
            {
                return runs;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Runs recorded so far: " + string.Join("; ", runs.Select(Describe)));
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits until <paramref name="count"/> runs have finished (none Running) and then, briefly, that no further run starts.</summary>
    public async Task<IReadOnlyList<JobRunRecord>> SettledRunsAsync(int count, string? job = null)
    {
        await WaitForRunsAsync(r => r.Count >= count && r.All(x => x.Outcome != Stats.Catalog.Entities.JobRunOutcome.Running), job);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        return await RunsAsync(job);
    }

    public static string Describe(JobRunRecord r) =>
        $"{r.JobName} {r.Trigger} #{r.Attempt} {r.Outcome} ({r.Message})";

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection: the temp folder is cleaned up by the OS.
        }
    }
}
