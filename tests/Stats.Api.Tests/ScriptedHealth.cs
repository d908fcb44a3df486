using Stats.Api.Operations;

namespace Stats.Api.Tests;

/// <summary>A health reporter whose parts a test sets; the report is built by the production rules (HealthReport.From).</summary>
internal sealed class ScriptedHealth : IHealthReporter
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static readonly SchedulerHealth RunningScheduler = new(true, false, "node-a", 4, Now.AddMinutes(30), ["pull:police-nl"]);

    public static readonly WarehouseHealth Published = new(true, false, "2026-03-v2", Now.AddHours(-6), 6 * 3600);

    public static readonly SourceHealth OnTime = new("police-nl", "POL", Now.AddDays(-1), SourceStatus.OnTime, null, null);

    public SchedulerHealth? Scheduler { get; set; } = RunningScheduler;

    public WarehouseHealth Warehouse { get; set; } = Published;

    public IReadOnlyList<SourceHealth> Sources { get; set; } = [OnTime];

    public bool Fail { get; set; }

    public Task<HealthReport> ReportAsync(CancellationToken cancellationToken) =>
        Fail ? throw new InvalidOperationException("the catalog is locked") : Task.FromResult(HealthReport.From(Now, Scheduler, Warehouse, Sources));
}
