using System.Net;
using System.Text.Json;
using Stats.Api.Operations;

namespace Stats.Api.Tests;

public sealed class HealthTests(OperationsServer server) : IClassFixture<OperationsServer>, IDisposable
{
    [Fact]
    public async Task A_healthy_process_answers_200_to_anyone_never_cached_with_every_part()
    {
        using var response = await server.SendAsync(HttpMethod.Get, "health", key: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Names(root).Should().Equal("status", "checkedAt", "scheduler", "warehouse", "sources", "stale");
        root.GetProperty("status").GetString().Should().Be("healthy");
        root.GetProperty("checkedAt").GetDateTimeOffset().Should().Be(ScriptedHealth.Now);

        var scheduler = root.GetProperty("scheduler");
        Names(scheduler).Should().Equal("running", "standby", "nodeId", "jobsScheduled", "nextFireAt", "executing");
        scheduler.GetProperty("running").GetBoolean().Should().BeTrue();
        scheduler.GetProperty("nodeId").GetString().Should().Be("node-a");
        scheduler.GetProperty("jobsScheduled").GetInt32().Should().Be(4);
        scheduler.GetProperty("nextFireAt").GetDateTimeOffset().Should().Be(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        scheduler.GetProperty("executing").EnumerateArray().Select(e => e.GetString()).Should().Equal("pull:police-nl");

        var warehouse = root.GetProperty("warehouse");
        Names(warehouse).Should().Equal("reachable", "writerBusy", "vintageId", "publishedAt", "vintageAgeSeconds");
        warehouse.GetProperty("vintageId").GetString().Should().Be("2026-03-v2");
        warehouse.GetProperty("vintageAgeSeconds").GetInt64().Should().Be(21600);

        var source = root.GetProperty("sources").EnumerateArray().Should().ContainSingle().Subject;
        Names(source).Should().Equal("contractId", "sourceCode", "lastDelivery", "status", "lateSince", "overdueSince");
        source.GetProperty("status").GetString().Should().Be("on_time");
        source.GetProperty("lateSince").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("stale").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Late_and_overdue_sources_degrade_the_report_but_keep_200()
    {
        var since = ScriptedHealth.Now.AddDays(-3);
        server.Health.Sources =
        [
            ScriptedHealth.OnTime,
            new SourceHealth("ngo-be", "NGO", since.AddDays(-30), SourceStatus.Late, since, null),
            new SourceHealth("labour-nl", "LAB", null, SourceStatus.Overdue, since.AddDays(-7), since),
            new SourceHealth("new-source", "NEW", null, SourceStatus.Never, null, null),
        ];
        using var response = await server.SendAsync(HttpMethod.Get, "health", key: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().Should().Be("degraded");
        json.RootElement.GetProperty("stale").EnumerateArray().Select(e => e.GetString()).Should().Equal("ngo-be", "labour-nl");
        json.RootElement.GetProperty("sources").EnumerateArray().Select(e => e.GetProperty("status").GetString())
            .Should().Equal("on_time", "late", "overdue", "never");
    }

    [Fact]
    public async Task A_stopped_scheduler_makes_the_process_unhealthy_and_503()
    {
        server.Health.Scheduler = ScriptedHealth.RunningScheduler with { Running = false, NextFireAt = null, Executing = [] };
        using var response = await server.SendAsync(HttpMethod.Get, "health", key: null);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().Should().Be("unhealthy");
        json.RootElement.GetProperty("scheduler").GetProperty("running").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task A_reporter_that_fails_is_a_503_with_an_error_body_and_no_detail()
    {
        server.Health.Fail = true;
        using var response = await server.SendAsync(HttpMethod.Get, "health", key: null);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        (await IntakeTests.ErrorCodeAsync(response)).Should().Be("HealthCheckFailed");
        (await response.Content.ReadAsStringAsync()).Should().NotContain("catalog is locked");
    }

    public static TheoryData<SchedulerHealth?, WarehouseHealth, SourceStatus, HealthStatus> Rules => new()
    {
        { ScriptedHealth.RunningScheduler, ScriptedHealth.Published, SourceStatus.OnTime, HealthStatus.Healthy },
        { null, ScriptedHealth.Published, SourceStatus.OnTime, HealthStatus.Healthy },
        { ScriptedHealth.RunningScheduler, ScriptedHealth.Published, SourceStatus.Never, HealthStatus.Healthy },
        { ScriptedHealth.RunningScheduler with { Standby = true }, ScriptedHealth.Published, SourceStatus.OnTime, HealthStatus.Degraded },
        { ScriptedHealth.RunningScheduler, ScriptedHealth.Published with { WriterBusy = true }, SourceStatus.Late, HealthStatus.Degraded },
        { ScriptedHealth.RunningScheduler, ScriptedHealth.Published, SourceStatus.Overdue, HealthStatus.Degraded },
        { ScriptedHealth.RunningScheduler with { Running = false, Standby = true }, ScriptedHealth.Published, SourceStatus.OnTime, HealthStatus.Unhealthy },
        { ScriptedHealth.RunningScheduler, ScriptedHealth.Published with { Reachable = false }, SourceStatus.OnTime, HealthStatus.Unhealthy },
        { null, new WarehouseHealth(true, false, null, null, null), SourceStatus.OnTime, HealthStatus.Unhealthy },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_status_follows_the_rules(SchedulerHealth? scheduler, WarehouseHealth warehouse, SourceStatus source, HealthStatus expected) =>
        HealthReport.From(ScriptedHealth.Now, scheduler, warehouse, [ScriptedHealth.OnTime with { Status = source }]).Status.Should().Be(expected);

    public void Dispose()
    {
        server.Health.Scheduler = ScriptedHealth.RunningScheduler;
        server.Health.Sources = [ScriptedHealth.OnTime];
        server.Health.Fail = false;
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
