using Stats.Catalog.Pulls;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Stats.Etl.Channels;

namespace Stats.Etl.Tests.Channels;

public sealed class HttpDeliveryPullerTests(AgencyServer server) : IClassFixture<AgencyServer>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 6, 15, 0, TimeSpan.Zero);
    private readonly string _root = Directory.CreateTempSubdirectory("stats-pull-").FullName;
    private readonly FakeTimeProvider _time = new(Now);
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private InboxFolder Inbox() => new(_root, InboxTestContract.Create(), _time);

    private Task<PullOutcome> Pull(string pathAndQuery, PullCredentials? credentials = null, PullValidators? previous = null, long maxBytes = 1_000_000, InboxFolder? inbox = null) =>
        new HttpDeliveryPuller(_http, _time).PullAsync(new PullRequest("police-victims", server.At(pathAndQuery), credentials, previous, maxBytes), inbox ?? Inbox(), CancellationToken.None);

    private IEnumerable<string> InboxFiles() => Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_root, p));

    [Fact]
    public async Task First_pull_downloads_into_the_inbox_and_the_second_is_a_conditional_304_no_op()
    {
        var inbox = Inbox();

        var first = await Pull("/exports/police_victims_2025-03.csv", inbox: inbox);

        var downloaded = first.Should().BeOfType<PullOutcome.Downloaded>().Subject;
        downloaded.File.FileName.Should().Be("police_victims_2025-03.csv");
        downloaded.File.Length.Should().Be(AgencyServer.Export.Length);
        (await File.ReadAllBytesAsync(downloaded.File.FullPath)).Should().Equal(AgencyServer.Export);
        downloaded.Validators.Should().Be(new PullValidators(AgencyServer.ETag, AgencyServer.LastModified));
        (await inbox.ScanAsync(CancellationToken.None)).Select(f => f.FileName).Should().Equal("police_victims_2025-03.csv");

        var second = await Pull("/exports/police_victims_2025-03.csv", previous: downloaded.Validators, inbox: inbox);

        second.Should().BeOfType<PullOutcome.NotModified>();
        var seen = server.Seen.Where(r => r.Path == "/exports/police_victims_2025-03.csv").ToList();
        seen.Should().HaveCount(2);
        seen[0].IfNoneMatch.Should().BeEmpty();
        seen[1].IfNoneMatch.Should().Be(AgencyServer.ETag);
        seen[1].IfModifiedSince.Should().Be("Sun, 09 Mar 2025 18:00:00 GMT");
        InboxFiles().Should().BeEquivalentTo(["police-victims/police_victims_2025-03.csv", "police-victims/police_victims_2025-03.csv.ready"]);
    }

    [Fact]
    public async Task A_name_from_content_disposition_is_kept_when_it_matches_the_pattern()
    {
        var outcome = await Pull("/exports/named");

        outcome.Should().BeOfType<PullOutcome.Downloaded>().Which.File.FileName.Should().Be("police_victims_week10.csv");
    }

    [Theory]
    [InlineData("/exports/latest")]
    [InlineData("/exports/evil")]
    public async Task A_name_that_breaks_the_pattern_or_escapes_the_folder_is_replaced_by_the_pattern_with_a_utc_stamp(string path)
    {
        var outcome = await Pull(path);

        var downloaded = outcome.Should().BeOfType<PullOutcome.Downloaded>().Subject;
        var file = downloaded.File;
        file.FileName.Should().Be("police_victims_20250310T061500Z.csv");
        downloaded.Validators.Should().Be(new PullValidators(null, null));
        Path.GetDirectoryName(file.FullPath).Should().Be(Path.Combine(_root, "police-victims"));
    }

    [Fact]
    public async Task A_500_is_a_transient_failure()
    {
        var failed = (await Pull("/status/500")).Should().BeOfType<PullOutcome.Failed>().Subject;

        failed.Should().Match<PullOutcome.Failed>(f => f.StatusCode == 500 && f.Transient && f.RetryAfter == null);
        failed.Message.Should().Contain("police-victims").And.Contain("/status/500").And.Contain("500");
        InboxFiles().Should().BeEmpty();
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(410)]
    [InlineData(400)]
    public async Task Client_errors_are_not_transient(int code)
    {
        var failed = (await Pull($"/status/{code}")).Should().BeOfType<PullOutcome.Failed>().Subject;

        failed.StatusCode.Should().Be(code);
        failed.Transient.Should().BeFalse();
    }

    [Theory]
    [InlineData(408)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Timeouts_and_gateway_errors_are_transient(int code)
    {
        (await Pull($"/status/{code}")).Should().BeOfType<PullOutcome.Failed>().Which.Transient.Should().BeTrue();
    }

    [Fact]
    public async Task Retry_after_is_read_as_seconds_on_429_and_as_a_date_on_503()
    {
        var tooMany = (await Pull("/status/429")).Should().BeOfType<PullOutcome.Failed>().Subject;
        tooMany.Should().Match<PullOutcome.Failed>(f => f.StatusCode == 429 && f.Transient && f.RetryAfter == TimeSpan.FromSeconds(120));

        // The server says 06:16:30 GMT; the clock says 06:15:00: 90 seconds.
        var unavailable = (await Pull("/status/503")).Should().BeOfType<PullOutcome.Failed>().Subject;
        unavailable.RetryAfter.Should().Be(TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task A_body_declared_over_max_bytes_is_refused_without_keeping_anything()
    {
        var failed = (await Pull("/exports/big", maxBytes: 1999)).Should().BeOfType<PullOutcome.Failed>().Subject;

        failed.Transient.Should().BeFalse();
        failed.Message.Should().Contain("too large");
        InboxFiles().Should().BeEmpty();
        (await Pull("/exports/big", maxBytes: 2000)).Should().BeOfType<PullOutcome.Downloaded>().Which.File.Length.Should().Be(2000);
    }

    [Fact]
    public async Task A_streamed_body_without_length_is_cut_off_once_over_max_bytes()
    {
        var failed = (await Pull("/exports/big-chunked", maxBytes: 1500)).Should().BeOfType<PullOutcome.Failed>().Subject;

        failed.Transient.Should().BeFalse();
        failed.Message.Should().Contain("too large");
        InboxFiles().Should().BeEmpty();
    }

    [Fact]
    public async Task Basic_and_header_credentials_are_sent_and_never_appear_in_outcomes()
    {
        (await Pull("/secure/basic", PullCredentials.Basic(AgencyServer.BasicUser, AgencyServer.BasicPassword))).Should().BeOfType<PullOutcome.Downloaded>();
        (await Pull("/secure/key", PullCredentials.Header("X-Api-Key", AgencyServer.ApiKey))).Should().BeOfType<PullOutcome.Downloaded>();

        var wrongPassword = PullCredentials.Basic(AgencyServer.BasicUser, "wrong-Pa55word");
        var refused = (await Pull("/secure/basic?token=query-s3cret", wrongPassword)).Should().BeOfType<PullOutcome.Failed>().Subject;
        var wrongKey = (await Pull("/secure/key?sig=query-s3cret", PullCredentials.Header("X-Api-Key", "wrong-k3y"))).Should().BeOfType<PullOutcome.Failed>().Subject;
        var bearer = (await Pull("/status/401?access_token=query-s3cret", PullCredentials.Bearer("bearer-t0ken"))).Should().BeOfType<PullOutcome.Failed>().Subject;

        refused.Should().Match<PullOutcome.Failed>(f => f.StatusCode == 401 && !f.Transient);
        wrongKey.Should().Match<PullOutcome.Failed>(f => f.StatusCode == 403 && !f.Transient);
        server.Seen.Should().Contain(r => r.Path == "/secure/key" && r.ApiKey == "wrong-k3y");
        server.Seen.Should().Contain(r => r.Path == "/status/401" && r.Authorization == "Bearer bearer-t0ken");
        foreach (var outcome in new[] { refused, wrongKey, bearer })
        {
            var text = outcome.ToString();
            text.Should().Contain("127.0.0.1");
            foreach (var secret in new[] { "wrong-Pa55word", "wrong-k3y", "bearer-t0ken", "query-s3cret", "d2FyZWhvdXNl" })
            {
                text.Should().NotContain(secret);
            }
        }

        wrongPassword.ToString().Should().NotContain("wrong-Pa55word");
    }

    [Fact]
    public async Task A_refused_connection_is_a_transient_failure_without_status()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var request = new PullRequest("police-victims", new Uri($"http://127.0.0.1:{port}/exports/x.csv?key=query-s3cret"), null, null, 1000);

        var outcome = await new HttpDeliveryPuller(_http, _time).PullAsync(request, Inbox(), CancellationToken.None);

        var failed = outcome.Should().BeOfType<PullOutcome.Failed>().Subject;
        failed.Should().Match<PullOutcome.Failed>(f => f.StatusCode == null && f.Transient);
        failed.Message.Should().Contain("/exports/x.csv").And.NotContain("query-s3cret");
    }

    [Fact]
    public async Task The_request_time_limit_gives_a_transient_timeout_but_the_callers_cancellation_throws()
    {
        var limited = new PullRequest("police-victims", server.At("/exports/slow"), null, null, 1000, TimeSpan.FromMilliseconds(200));
        var outcome = await new HttpDeliveryPuller(_http, TimeProvider.System).PullAsync(limited, Inbox(), CancellationToken.None);
        outcome.Should().BeOfType<PullOutcome.Failed>().Which.Should().Match<PullOutcome.Failed>(f => f.Transient && f.StatusCode == null && f.Message.Contains("timed out"));

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var unlimited = limited with { Timeout = null };
        var act = () => new HttpDeliveryPuller(_http, TimeProvider.System).PullAsync(unlimited, Inbox(), cancel.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}
