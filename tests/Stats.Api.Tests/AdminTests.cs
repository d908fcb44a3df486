using System.Net;
using System.Text.Json;

namespace Stats.Api.Tests;

public sealed class AdminTests(OperationsServer server) : IClassFixture<OperationsServer>
{
    public static TheoryData<string, string, string?, HttpStatusCode> Matrix()
    {
        var data = new TheoryData<string, string, string?, HttpStatusCode>();
        foreach (var (method, path) in new[] { ("GET", "admin/runs"), ("GET", "admin/jobs"), ("POST", "admin/jobs/publish/run") })
        {
            data.Add(method, path, null, HttpStatusCode.Unauthorized);
            data.Add(method, path, OperationsServer.PublicKey, HttpStatusCode.Forbidden);
            data.Add(method, path, OperationsServer.AnalystKey, HttpStatusCode.Forbidden);
            data.Add(method, path, OperationsServer.PoliceKey, HttpStatusCode.Forbidden);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Only_admin_keys_reach_the_admin_endpoints(string method, string path, string? key, HttpStatusCode status)
    {
        var triggered = server.Jobs.Triggered.Count;
        using var response = await server.SendAsync(new HttpMethod(method), path, key);

        response.StatusCode.Should().Be(status);
        (await IntakeTests.ErrorCodeAsync(response)).Should().Be(status == HttpStatusCode.Unauthorized ? "Unauthorized" : "Forbidden");
        if (status == HttpStatusCode.Unauthorized)
        {
            response.Headers.WwwAuthenticate.Should().ContainSingle().Which.ToString().Should().Be("Basic realm=\"stats\"");
        }

        server.Jobs.Triggered.Count.Should().Be(triggered, "a refused caller triggers nothing");
    }

    [Fact]
    public async Task Runs_come_newest_first_50_by_default_with_every_field()
    {
        var runs = await RunsAsync("admin/runs");

        // The history holds runs 1..60; the 50 newest are 60 down to 11.
        runs.Select(r => r.GetProperty("id").GetInt64()).Should().Equal(Enumerable.Range(11, 50).Reverse().Select(i => (long)i));
        var newest = runs[0];
        newest.EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "job", "trigger", "attempt", "scheduledFor", "startedAt", "finishedAt", "outcome", "counts", "vintageId", "message", "instance");
        newest.GetProperty("job").GetString().Should().Be("publish");
        newest.GetProperty("startedAt").GetDateTimeOffset().Should().Be(RunHistory.First.AddHours(60).AddSeconds(1));
        newest.GetProperty("counts").GetProperty("rows").GetInt64().Should().Be(600);
        newest.GetProperty("vintageId").GetString().Should().Be("v60");
    }

    [Fact]
    public async Task Runs_are_filtered_by_job_and_limited()
    {
        (await RunsAsync("admin/runs?limit=3")).Select(r => r.GetProperty("id").GetInt64()).Should().Equal(60, 59, 58);
        (await RunsAsync("admin/runs?job=pull:police-nl&limit=4")).Select(r => r.GetProperty("id").GetInt64()).Should().Equal(59, 57, 55, 53);
        (await RunsAsync("admin/runs?job=publish&limit=500")).Should().HaveCount(30);
        (await RunsAsync("admin/runs?limit=500")).Should().HaveCount(60);
        (await RunsAsync("admin/runs?job=nothing-by-that-name")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("limit=-1")]
    [InlineData("limit=ten")]
    [InlineData("limit=")]
    [InlineData("limit=1.5")]
    [InlineData("limit=1&limit=2")]
    [InlineData("job=")]
    [InlineData("job=a&job=b")]
    public async Task Bad_run_parameters_are_a_400(string query)
    {
        using var response = await server.SendAsync(HttpMethod.Get, "admin/runs?" + query, OperationsServer.AdminKey);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IntakeTests.ErrorCodeAsync(response)).Should().Be("BadRequest");
    }

    [Fact]
    public async Task Jobs_are_listed_with_their_next_fire_time()
    {
        using var response = await server.SendAsync(HttpMethod.Get, "admin/jobs", OperationsServer.AdminKey);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var jobs = json.RootElement.EnumerateArray().ToList();
        jobs.Select(j => j.GetProperty("job").GetString()).Should().Equal("pull:police-nl", "publish");
        jobs[0].GetProperty("nextFireAt").GetDateTimeOffset().Should().Be(JobBoard.NextPull);
        jobs[0].GetProperty("schedule").GetString().Should().Be("0 0 6 * * ?");
        jobs[1].GetProperty("nextFireAt").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Triggering_a_job_answers_202_and_fires_it()
    {
        using var response = await server.SendAsync(HttpMethod.Post, "admin/jobs/pull:police-nl/run", OperationsServer.AdminKey);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("job").GetString().Should().Be("pull:police-nl");
        json.RootElement.GetProperty("status").GetString().Should().Be("triggered");
        server.Jobs.Triggered.Should().Contain("pull:police-nl");
    }

    [Fact]
    public async Task Triggering_an_unknown_job_is_a_404_naming_it()
    {
        using var response = await server.SendAsync(HttpMethod.Post, "admin/jobs/export-everything/run", OperationsServer.AdminKey);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await IntakeTests.ErrorCodeAsync(response)).Should().Be("UnknownJob");
        (await response.Content.ReadAsStringAsync()).Should().Contain("export-everything").And.Contain("publish");
        server.Jobs.Triggered.Should().NotContain("export-everything");
    }

    private async Task<List<JsonElement>> RunsAsync(string relative)
    {
        using var response = await server.SendAsync(HttpMethod.Get, relative, OperationsServer.AdminKey);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
