using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Stats.Api.Tests;

public sealed class IntakeLimitTests(OperationsServer server) : IClassFixture<OperationsServer>
{
    [Fact]
    public async Task A_delivery_of_exactly_max_bytes_is_accepted_and_one_byte_more_is_a_413()
    {
        var exact = Bytes((int)OperationsServer.MaxBytes);
        using (var accepted = await UploadAsync("police-nl?fileName=exact.csv", IntakeTests.Raw(exact, "text/csv")))
        {
            accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        using var refused = await UploadAsync("police-nl?fileName=one-more.csv", IntakeTests.Raw(Bytes((int)OperationsServer.MaxBytes + 1), "text/csv"));
        refused.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await IntakeTests.ErrorCodeAsync(refused)).Should().Be("DeliveryTooLarge");
        (await File.ReadAllBytesAsync(Path.Combine(server.Inbox.Root, "police-nl", "exact.csv"))).Should().Equal(exact);
        NothingLeftOf("one-more");
    }

    [Fact]
    public async Task A_chunked_body_growing_past_the_limit_is_a_413_and_its_partial_file_is_removed()
    {
        using var response = await UploadAsync("police-nl?fileName=chunked-big.csv", new DripContent(Bytes(4096), "text/csv"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await IntakeTests.ErrorCodeAsync(response)).Should().Be("DeliveryTooLarge");
        NothingLeftOf("chunked-big");
    }

    [Fact]
    public async Task A_chunked_body_within_the_limit_is_accepted_with_its_sha256()
    {
        var bytes = Bytes(1000);
        using var response = await UploadAsync("police-nl?fileName=chunked-small.csv", new DripContent(bytes, 100, TimeSpan.Zero, "text/csv"));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await response.Content.ReadAsStringAsync()).Should().Contain(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        (await File.ReadAllBytesAsync(Path.Combine(server.Inbox.Root, "police-nl", "chunked-small.csv"))).Should().Equal(bytes);
    }

    [Fact]
    public async Task A_multipart_file_part_past_the_limit_is_a_413_and_nothing_is_left()
    {
        using var form = new MultipartFormDataContent { { IntakeTests.Raw(Bytes(2048), "text/csv"), "file", "multipart-big.csv" } };
        using var response = await UploadAsync("police-nl", form);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        NothingLeftOf("multipart-big");
    }

    [Fact]
    public async Task A_multipart_body_with_two_files_is_a_400_and_neither_is_kept()
    {
        using var form = new MultipartFormDataContent
        {
            { IntakeTests.Raw(Bytes(100), "text/csv"), "file", "first-of-two.csv" },
            { IntakeTests.Raw(Bytes(100), "text/csv"), "other", "second-of-two.csv" },
        };
        using var response = await UploadAsync("police-nl", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IntakeTests.ErrorCodeAsync(response)).Should().Be("TooManyFiles");
        NothingLeftOf("-of-two");
        server.Inbox.Queued.Should().NotContain(q => q.FileName.Contains("-of-two", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_multipart_body_without_a_file_part_is_a_400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("just a note"), "note" } };
        using var response = await UploadAsync("police-nl?fileName=no-file.csv", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await IntakeTests.ErrorCodeAsync(response)).Should().Be("MissingFile");
    }

    [Fact]
    public async Task A_request_without_content_length_or_chunked_body_is_a_411()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Root.Host, server.Root.Port);
        var stream = tcp.GetStream();
        var head = $"POST /intake/police-nl?fileName=bodiless.csv HTTP/1.1\r\nHost: {server.Root.Authority}\r\nX-Api-Key: {OperationsServer.PoliceKey}\r\nContent-Type: text/csv\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var answer = await reader.ReadToEndAsync();

        answer.Should().StartWith("HTTP/1.1 411 ").And.Contain("\"LengthRequired\"");
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_the_body_is_read()
    {
        // The head promises 10 MB and no body follows: only a refusal made from Content-Length alone can answer.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Root.Host, server.Root.Port);
        var stream = tcp.GetStream();
        var head = $"POST /intake/police-nl?fileName=promised.csv HTTP/1.1\r\nHost: {server.Root.Authority}\r\nX-Api-Key: {OperationsServer.PoliceKey}\r\nContent-Type: text/csv\r\nContent-Length: 10000000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var buffer = new byte[4096];
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var read = await stream.ReadAsync(buffer, wait.Token);

        Encoding.ASCII.GetString(buffer, 0, read).Should().StartWith("HTTP/1.1 413 ").And.Contain("\"DeliveryTooLarge\"");
        NothingLeftOf("promised");
    }

    [Fact]
    public async Task An_upload_slower_than_the_request_timeout_is_not_cut_off()
    {
        // The access layer stops requests after 1 s; this body takes about 1.5 s to arrive.
        var bytes = Bytes(600);
        var clock = Stopwatch.StartNew();
        using var response = await UploadAsync("police-nl?fileName=slow.csv", new DripContent(bytes, 100, TimeSpan.FromMilliseconds(250), "text/csv"));

        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromSeconds(1.2));
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await File.ReadAllBytesAsync(Path.Combine(server.Inbox.Root, "police-nl", "slow.csv"))).Should().Equal(bytes);
    }

    [Fact]
    public async Task The_body_is_streamed_to_the_inbox_while_it_arrives()
    {
        // The client holds back the second half until the first half is on disk in the inbox's partial file: an endpoint
        // that buffered the body before handing it on would never let the file grow, and the gate would time out.
        var bytes = Bytes(800);
        var part = Path.Combine(server.Inbox.Root, "police-nl", "streamed.csv.part");
        long seen = -1;
        var content = new GatedContent(bytes, async () =>
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(10) && (seen = File.Exists(part) ? new FileInfo(part).Length : -1) < 400)
            {
                await Task.Delay(20);
            }
        }, "text/csv");
        using var response = await UploadAsync("police-nl?fileName=streamed.csv", content);

        seen.Should().Be(400, "the first half reached the inbox before the second was sent");
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await File.ReadAllBytesAsync(Path.Combine(server.Inbox.Root, "police-nl", "streamed.csv"))).Should().Equal(bytes);
    }

    /// <summary>Deterministic bytes covering every byte value (a CSV in name only: the inbox does not parse).</summary>
    private static byte[] Bytes(int count) => Enumerable.Range(0, count).Select(i => (byte)(i * 7 % 256)).ToArray();

    private void NothingLeftOf(string namePart) =>
        server.Inbox.Files().Should().NotContain(f => Path.GetFileName(f).Contains(namePart, StringComparison.Ordinal));

    private Task<HttpResponseMessage> UploadAsync(string relative, HttpContent content) =>
        server.SendAsync(HttpMethod.Post, "intake/" + relative, OperationsServer.PoliceKey, content);
}
