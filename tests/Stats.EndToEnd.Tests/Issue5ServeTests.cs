using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Issue 5 through the real `stats serve` process: a cron fire picks up a dropped file, an agency's HTTP endpoint is pulled
/// (conditionally, and a refusal is recorded and not retried), an upload loads and publishes, and a second serve on the
/// same folder is refused while the first keeps serving.
/// </summary>
public sealed class Issue5ServeTests(Issue5Deliveries deliveries, ITestOutputHelper output) : IClassFixture<Issue5Deliveries>, IDisposable
{
    private const string Contract = "police-victims";
    private const string Job = "pull:" + Contract;
    private const string FileName = "police_victims_2025.csv";

    private readonly TempDataFolder _data = new();
    private readonly TempDataFolder _contracts = new();

    [Fact]
    public async Task Issue_5_a_cron_schedule_fires_in_real_time_and_loads_a_file_no_inbox_scan_would_have_seen()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "contracts")))
        {
            File.Copy(file, Path.Combine(_contracts.Path, Path.GetFileName(file)));
        }

        var json = Path.Combine(_contracts.Path, Contract + ".json");
        var text = await File.ReadAllTextAsync(json);
        var every3s = text.Replace("\"schedule\": \"0 0 6 * * ?\"", "\"schedule\": \"0/3 * * * * ?\"", StringComparison.Ordinal);
        every3s.Should().NotBe(text, "the contract's schedule must have been replaced");
        await File.WriteAllTextAsync(json, every3s);

        var environment = Issue5Settings.Fast();
        environment["STATS_Intake__ContractsDirectory"] = _contracts.Path;
        environment["STATS_Intake__ScanInterval"] = "01:00:00";
        await using var serve = Issue5StatsProcess.Serve(_data.Path, environment);
        await serve.AddressAsync(TimeSpan.FromSeconds(60));
        Drop(Contract, deliveries.Clean(FileName));
        var dropped = System.Diagnostics.Stopwatch.StartNew();

        var catalog = new Issue5Catalog(_data.Path);
        var runs = await catalog.WaitForRunsAsync(
            r => r.Any(x => x.Job == Job && x.Trigger == "cron" && x.Outcome == "Succeeded" && x.Loaded == 1),
            TimeSpan.FromSeconds(20), "a cron run that loads the dropped file", () => serve.Output);
        output.WriteLine($"loaded by the cron {dropped.Elapsed.TotalSeconds:0.0} s after the drop");
        output.WriteLine(Issue5Catalog.Describe(runs));
        runs.Where(r => r.Job == Job).Should().OnlyContain(r => r.Trigger == "cron", "only the cron could have seen the file");
        (await catalog.DeliveriesAsync()).Should().ContainSingle().Which.Status.Should().Be("Loaded");
    }

    [Fact]
    public async Task Issue_5_serve_pulls_an_agency_endpoint_conditionally_and_records_a_refusal_without_retrying()
    {
        await using var agency = new Issue5Agency(deliveries.Clean(FileName));
        await agency.StartAsync();
        var environment = Issue5Settings.Fast();
        environment[$"STATS_Intake__Sources__{Contract}__Pull__Url"] = agency.Url.ToString();
        environment["STATS_Scheduler__Retry__InitialDelay"] = "00:00:01";
        await using var serve = Issue5StatsProcess.Serve(_data.Path, environment);
        await serve.AddressAsync(TimeSpan.FromSeconds(60));
        var catalog = new Issue5Catalog(_data.Path);

        // First run: downloaded and loaded.
        await RunAsync(environment);
        var runs = await ManualRunsAsync(catalog, 1, serve);
        runs[0].Outcome.Should().Be("Succeeded");
        runs[0].Loaded.Should().Be(1);
        agency.Requests.Should().Equal((200, null));

        // Second run: the agency sees the ETag and answers 304; nothing new is loaded.
        await RunAsync(environment);
        runs = await ManualRunsAsync(catalog, 2, serve);
        runs[1].Outcome.Should().BeOneOf("Succeeded", "Skipped");
        runs[1].Loaded.Should().Be(0);
        runs[1].FilesSeen.Should().Be(0);
        agency.Requests.Should().Equal((200, null), (304, Issue5Agency.ETag));
        (await catalog.DeliveriesAsync()).Should().ContainSingle().Which.Status.Should().Be("Loaded");

        // Third run: credentials refused; recorded as failed with the reason, and not retried (a retry would come after ~1 s).
        agency.RefuseCredentials = true;
        await RunAsync(environment);
        runs = await ManualRunsAsync(catalog, 3, serve);
        runs[2].Outcome.Should().Be("Failed");
        runs[2].Message.Should().Contain("401");
        await Task.Delay(TimeSpan.FromSeconds(4));
        var all = await catalog.RunsAsync();
        output.WriteLine(Issue5Catalog.Describe(all));
        all.Where(r => r.Job == Job).Should().HaveCount(3).And.OnlyContain(r => r.Trigger == "manual");
        agency.Requests.Should().HaveCount(3);
        agency.Requests[2].Status.Should().Be(401);
    }

    [Fact]
    public async Task Issue_5_an_upload_loads_and_publishes_and_a_second_serve_on_the_folder_is_refused_while_the_first_serves()
    {
        var add = await CliRun.RunAsync("keys", "add", "--role", "agency", "--name", "a", "--contract", Contract, "--data", _data.Path);
        add.ExitCode.Should().Be(0, add.Error);
        var key = add.Output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("stats_", StringComparison.Ordinal));

        var environment = Issue5Settings.Fast();
        await using var serve = Issue5StatsProcess.Serve(_data.Path, environment);
        using var http = new HttpClient { BaseAddress = await serve.AddressAsync(TimeSpan.FromSeconds(60)) };
        var (status, vintage) = await HealthAsync(http);
        (status, vintage).Should().Be((HttpStatusCode.ServiceUnavailable, (string?)null), "nothing is published yet");

        using (var form = new MultipartFormDataContent())
        {
            var file = new StreamContent(File.OpenRead(deliveries.Clean(FileName)));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", FileName);
            using var request = new HttpRequestMessage(HttpMethod.Post, $"intake/{Contract}") { Content = form };
            request.Headers.Add("X-Api-Key", key);
            using var response = await http.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        }

        var catalog = new Issue5Catalog(_data.Path);
        var runs = await catalog.WaitForRunsAsync(
            r => r.Any(x => x.Job == Job && x.Trigger == "upload" && x.Outcome == "Succeeded" && x.Loaded == 1)
                && r.Any(x => x.Job == "publish" && x.Outcome == "Succeeded"),
            TimeSpan.FromSeconds(90), "the uploaded delivery loaded and published", () => serve.Output);
        output.WriteLine(Issue5Catalog.Describe(runs));
        (await HealthAsync(http)).Should().Be((HttpStatusCode.OK, "1"), "the publish after the upload makes vintage 1 current");

        var second = await Issue5StatsProcess.RunAsync(environment, TimeSpan.FromSeconds(60), "serve", "--data", _data.Path, "--urls", "http://127.0.0.1:0");
        output.WriteLine(second.Output);
        second.ExitCode.Should().Be(5);
        second.Output.Should().Contain("already served by another 'stats serve'").And.Contain($"pid {serve.Id} since");
        serve.HasExited.Should().BeFalse();
        (await HealthAsync(http)).Should().Be((HttpStatusCode.OK, "1"), "the first serve keeps serving");
    }

    public void Dispose()
    {
        _data.Dispose();
        _contracts.Dispose();
    }

    private void Drop(string contract, string file)
    {
        var inbox = Path.Combine(_data.Path, "inbox", contract);
        Directory.CreateDirectory(inbox);
        File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(inbox, Path.GetFileName(file) + ".ready"), "");
    }

    private async Task RunAsync(Dictionary<string, string> environment)
    {
        var run = await Issue5StatsProcess.RunAsync(environment, TimeSpan.FromSeconds(60), "run", Job, "--data", _data.Path);
        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().Contain("queued", "a serve holds the folder, so the run goes through its job store");
    }

    private static async Task<IReadOnlyList<Issue5Catalog.Run>> ManualRunsAsync(Issue5Catalog catalog, int count, Issue5StatsProcess serve)
    {
        var runs = await catalog.WaitForRunsAsync(
            r => r.Count(x => x.Job == Job && x.Trigger == "manual" && x.Outcome != "Running") >= count,
            TimeSpan.FromSeconds(60), $"{count} finished manual run(s) of {Job}", () => serve.Output);
        return runs.Where(x => x.Job == Job && x.Trigger == "manual").ToList();
    }

    private static async Task<(HttpStatusCode Status, string? VintageId)> HealthAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("health", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var warehouse = document.RootElement.GetProperty("warehouse");
        var vintage = warehouse.TryGetProperty("vintageId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        return (response.StatusCode, vintage);
    }
}
