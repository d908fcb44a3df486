using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Stats.Warehouse.OData;

namespace Stats.Api.Tests;

public sealed class AccessTests(UnlimitedAccessServer server) : IClassFixture<UnlimitedAccessServer>
{
    public static TheoryData<string, string?, HttpStatusCode> Matrix => new()
    {
        // set, key (null: none; "bad": a key nobody holds), status
        { "CaseFigures", null, HttpStatusCode.OK },
        { "Slow/$count", null, HttpStatusCode.Unauthorized },
        { "Secret", null, HttpStatusCode.Unauthorized },
        { "CaseFigures", "bad", HttpStatusCode.Unauthorized },
        { "Secret", "bad", HttpStatusCode.Unauthorized },
        { "CaseFigures", AccessServer.PublicKey, HttpStatusCode.OK },
        { "Secret", AccessServer.PublicKey, HttpStatusCode.Forbidden },
        { "CaseFigures", AccessServer.AnalystKey, HttpStatusCode.OK },
        { "Secret", AccessServer.AnalystKey, HttpStatusCode.Forbidden },
        { "Secret", AccessServer.AdminKey, HttpStatusCode.OK },
        { "Nope", AccessServer.AdminKey, HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_its_status_with_an_odata_body_and_a_basic_challenge_on_401(string set, string? key, HttpStatusCode status)
    {
        using var response = await server.GetAsync(set, r => Basic(r, key == "bad" ? "stats_" + new string('x', 43) : key));
        response.StatusCode.Should().Be(status);
        if (status == HttpStatusCode.OK)
        {
            return;
        }

        await ShouldBeODataErrorAsync(response);
        if (status == HttpStatusCode.Unauthorized)
        {
            response.Headers.WwwAuthenticate.Should().ContainSingle().Which.ToString().Should().Be("Basic realm=\"stats\"");
        }
        else
        {
            response.Headers.WwwAuthenticate.Should().BeEmpty();
        }
    }

    [Fact]
    public async Task The_key_is_accepted_as_basic_password_header_or_query_parameter()
    {
        (await Status("Secret", r => Basic(r, AccessServer.AdminKey, user: "anything"))).Should().Be(HttpStatusCode.OK);
        (await Status("Secret", r => r.Headers.Add("X-Api-Key", AccessServer.AdminKey))).Should().Be(HttpStatusCode.OK);
        (await Status("Secret?api_key=" + Uri.EscapeDataString(AccessServer.AdminKey))).Should().Be(HttpStatusCode.OK);
        (await Status("Secret?api_key=" + Uri.EscapeDataString(AccessServer.AdminKey), r => r.Headers.Add("X-Api-Key", AccessServer.AdminKey)))
            .Should().Be(HttpStatusCode.OK, "the same key twice is one key");
    }

    [Fact]
    public async Task Two_different_keys_are_a_bad_request()
    {
        using var response = await server.GetAsync(
            "CaseFigures?api_key=" + Uri.EscapeDataString(AccessServer.PublicKey), r => r.Headers.Add("X-Api-Key", AccessServer.AdminKey));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ShouldBeODataErrorAsync(response)).Should().Be("ConflictingApiKeys");
    }

    [Theory]
    [InlineData("Bearer abc")]
    [InlineData("Basic !!!notbase64")]
    [InlineData("Basic dXNlcg==")] // "user": no password at all
    [InlineData("Basic dXNlcjo=")] // "user:": an empty password
    public async Task Credentials_that_carry_no_usable_key_are_refused(string authorization)
    {
        using var response = await server.GetAsync("CaseFigures", r => r.Headers.TryAddWithoutValidation("Authorization", authorization));
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await ShouldBeODataErrorAsync(response);
    }

    [Fact]
    public async Task Service_document_and_metadata_list_only_the_callers_sets()
    {
        (await SetNamesAsync(null)).Should().Equal("CaseFigures");
        (await SetNamesAsync(AccessServer.AnalystKey)).Should().Equal("CaseFigures", "Slow");
        (await SetNamesAsync(AccessServer.AdminKey)).Should().Equal("CaseFigures", "Slow", "Secret");

        using var metadata = await server.GetAsync("$metadata", r => r.Headers.Add("X-Api-Key", AccessServer.AnalystKey));
        var csdl = await metadata.Content.ReadAsStringAsync();
        csdl.Should().Contain("EntitySet Name=\"Slow\"").And.NotContain("EntitySet Name=\"Secret\"");
    }

    [Fact]
    public async Task Next_links_never_carry_the_key()
    {
        using var response = await server.GetAsync("CaseFigures?api_key=" + Uri.EscapeDataString(AccessServer.AnalystKey) + "&$orderby=Cases desc");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var next = json.RootElement.GetProperty("@odata.nextLink").GetString()!;
        next.Should().Contain("$orderby=Cases").And.NotContain("api_key").And.NotContain(AccessServer.AnalystKey);
    }

    [Fact]
    public async Task Keys_never_reach_the_log_but_their_names_do()
    {
        await Status("CaseFigures?api_key=" + Uri.EscapeDataString(AccessServer.AnalystKey) + "&$top=1");
        await Status("CaseFigures?API%5Fkey=" + Uri.EscapeDataString(AccessServer.AnalystKey));
        await Status("Secret", r => r.Headers.Add("X-Api-Key", AccessServer.PublicKey));
        await Status("Secret", r => Basic(r, AccessServer.AdminKey));
        await Status("CaseFigures?api_key=stats_unknown-key-leaking-000000000000000000000");

        var log = string.Join("\n", server.Log);
        log.Should().Contain("analyst-anna").And.Contain("dashboard").And.Contain("admin-adam").And.Contain("api_key=***");
        foreach (var secret in new[] { AccessServer.AnalystKey, AccessServer.PublicKey, AccessServer.AdminKey, "unknown-key-leaking" })
        {
            log.Should().NotContain(secret[6..]);
            log.Should().NotContain(Uri.EscapeDataString(secret)[6..]);
        }
    }

    [Fact]
    public async Task A_revoked_key_is_refused_on_the_next_request_when_lookups_are_not_cached()
    {
        const string key = "stats_short-lived-key-00000000000000000000000000";
        server.Keys[key] = new ApiCaller(ODataRole.Analyst, "short-lived");
        (await Status("Secret", r => r.Headers.Add("X-Api-Key", key))).Should().Be(HttpStatusCode.Forbidden, "the key is known while it is held");
        server.Keys.TryRemove(key, out _);
        (await Status("Secret", r => r.Headers.Add("X-Api-Key", key))).Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpStatusCode> Status(string relative, Action<HttpRequestMessage>? prepare = null)
    {
        using var response = await server.GetAsync(relative, prepare);
        return response.StatusCode;
    }

    private async Task<List<string>> SetNamesAsync(string? key)
    {
        using var response = await server.GetAsync("", r => Basic(r, key));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("value").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToList();
    }

    internal static void Basic(HttpRequestMessage request, string? key, string user = "excel")
    {
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + key)));
        }
    }

    internal static async Task<string> ShouldBeODataErrorAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Headers.GetValues("OData-Version").Should().Equal("4.0");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("error");
        error.GetProperty("message").GetString().Should().NotBeNullOrEmpty();
        return error.GetProperty("code").GetString()!;
    }
}
