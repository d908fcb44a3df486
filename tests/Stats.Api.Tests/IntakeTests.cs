using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Stats.Api.Tests;

public sealed class IntakeTests(OperationsServer server) : IClassFixture<OperationsServer>
{
    /// <summary>A 360-byte delivery whose bytes are not all ASCII (a UTF-8 "é" per line), so a re-encoding would show.</summary>
    private static readonly byte[] Delivery = Encoding.UTF8.GetBytes(
        "case_id,region,year\n" + string.Concat(Enumerable.Range(1, 20).Select(i => $"C{i:D3},Liège,2025\n")));

    [Fact]
    public async Task A_raw_upload_lands_in_the_inbox_byte_for_byte_with_its_sha256()
    {
        Delivery.Length.Should().Be(20 + (20 * 17), "20 header bytes and 20 lines of 17 bytes (é is two bytes in UTF-8)");
        using var response = await UploadAsync("police-nl?fileName=raw-2026-03.csv", OperationsServer.PoliceKey, Raw(Delivery, "text/csv"));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        response.Headers.Location.Should().BeNull();
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = receipt.RootElement;
        root.GetProperty("contract").GetString().Should().Be("police-nl");
        root.GetProperty("fileName").GetString().Should().Be("raw-2026-03.csv");
        root.GetProperty("bytes").GetInt64().Should().Be(360);
        root.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(Delivery)));
        root.GetProperty("receivedAt").GetDateTimeOffset().Should().Be(OperationsServer.Received);
        root.GetProperty("status").GetString().Should().Be("queued");

        var stored = Path.Combine(server.Inbox.Root, "police-nl", "raw-2026-03.csv");
        (await File.ReadAllBytesAsync(stored)).Should().Equal(Delivery);
        server.Inbox.Queued.Should().Contain(("police-nl", "raw-2026-03.csv"));
    }

    [Fact]
    public async Task A_multipart_upload_stores_the_file_part_and_skips_form_fields()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("March delivery"), "note" },
            { Raw(Delivery, "text/csv"), "file", "multipart-2026-03.csv" },
        };
        using var response = await UploadAsync("police-nl", OperationsServer.PoliceKey, form);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        receipt.RootElement.GetProperty("fileName").GetString().Should().Be("multipart-2026-03.csv");
        receipt.RootElement.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(Delivery)));
        (await File.ReadAllBytesAsync(Path.Combine(server.Inbox.Root, "police-nl", "multipart-2026-03.csv"))).Should().Equal(Delivery);
    }

    [Fact]
    public async Task The_file_name_may_come_from_content_disposition_and_admin_keys_upload_for_any_contract()
    {
        var content = Raw(Delivery, "application/octet-stream");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "\"ngo-2026.json\"" };
        using var response = await UploadAsync("ngo-be", OperationsServer.AdminKey, content);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await File.ReadAllBytesAsync(Path.Combine(server.Inbox.Root, "ngo-be", "ngo-2026.json"))).Should().Equal(Delivery);
    }

    public static TheoryData<string, string?, HttpStatusCode, string> Access => new()
    {
        { "police-nl", null, HttpStatusCode.Unauthorized, "Unauthorized" },
        { "nowhere", null, HttpStatusCode.Unauthorized, "Unauthorized" },
        { "police-nl", OperationsServer.PublicKey, HttpStatusCode.Forbidden, "Forbidden" },
        { "police-nl", OperationsServer.AnalystKey, HttpStatusCode.Forbidden, "Forbidden" },
        { "ngo-be", OperationsServer.PoliceKey, HttpStatusCode.Forbidden, "Forbidden" },
        { "nowhere", OperationsServer.PoliceKey, HttpStatusCode.Forbidden, "Forbidden" },
        { "retired-contract", OperationsServer.GhostKey, HttpStatusCode.NotFound, "UnknownContract" },
        { "nowhere", OperationsServer.AdminKey, HttpStatusCode.NotFound, "UnknownContract" },
    };

    [Theory]
    [MemberData(nameof(Access))]
    public async Task Only_keys_holding_the_contract_or_admin_keys_may_upload(string contract, string? key, HttpStatusCode status, string code)
    {
        using var response = await UploadAsync(contract + "?fileName=refused.csv", key, Raw(Delivery, "text/csv"));

        response.StatusCode.Should().Be(status);
        (await ErrorCodeAsync(response)).Should().Be(code);
        if (status == HttpStatusCode.Unauthorized)
        {
            response.Headers.WwwAuthenticate.Should().ContainSingle().Which.ToString().Should().Be("Basic realm=\"stats\"");
        }

        server.Inbox.Files().Should().NotContain(f => f.EndsWith("refused.csv", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("police-nl", "MissingFileName", null)]
    [InlineData("police-nl?fileName=", "MissingFileName", null)]
    [InlineData("police-nl?fileName=..%2Fescape.csv", "BadFileName", null)]
    [InlineData("police-nl?fileName=sub%5Cdir.csv", "BadFileName", null)]
    [InlineData("police-nl?fileName=delivery.xlsx", "ExtensionNotAllowed", ".csv")]
    [InlineData("ngo-be?fileName=delivery.csv", "ExtensionNotAllowed", ".xlsx, .json")]
    public async Task A_missing_or_bad_file_name_or_extension_is_a_400(string relative, string code, string? named)
    {
        using var response = await UploadAsync(relative, OperationsServer.AdminKey, Raw(Delivery, "text/csv"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        (await ErrorCodeAsync(response)).Should().Be(code);
        if (named is not null)
        {
            body.Should().Contain(named);
        }

        server.Inbox.Files().Should().NotContain(f => f.Contains("escape", StringComparison.Ordinal) || f.Contains("delivery.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_name_the_inbox_refuses_is_a_400_and_the_first_delivery_stays()
    {
        using (var first = await UploadAsync("police-nl?fileName=twice.csv", OperationsServer.PoliceKey, Raw(Delivery, "text/csv")))
        {
            first.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        using var second = await UploadAsync("police-nl?fileName=twice.csv", OperationsServer.PoliceKey, Raw("other"u8.ToArray(), "text/csv"));
        second.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorCodeAsync(second)).Should().Be("BadFileName");
        (await File.ReadAllBytesAsync(Path.Combine(server.Inbox.Root, "police-nl", "twice.csv"))).Should().Equal(Delivery);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Another_content_type_is_a_415(string type)
    {
        using var response = await UploadAsync("police-nl?fileName=typed.csv", OperationsServer.PoliceKey, Raw(Delivery, type));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync()).Should().Contain("text/csv");
        server.Inbox.Files().Should().NotContain(f => f.EndsWith("typed.csv", StringComparison.Ordinal));
    }

    internal static ByteArrayContent Raw(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }

    internal static async Task<string> ErrorCodeAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("error");
        error.GetProperty("message").GetString().Should().NotBeNullOrEmpty();
        return error.GetProperty("code").GetString()!;
    }

    private Task<HttpResponseMessage> UploadAsync(string relative, string? key, HttpContent content) =>
        server.SendAsync(HttpMethod.Post, "intake/" + relative, key, content);
}
