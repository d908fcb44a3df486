using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Stats.Api.Tests;

/// <summary>
/// Issue 10: requests the OData fuzzer (tests/Stats.Hardening.Tests/Fuzz) answered with a 500, over real HTTP: a number in
/// a $skiptoken too large for its type, and a query whose arithmetic overflows in DuckDB. Both are the client's to fix: 400
/// with an OData error body that does not pass DuckDB's message on (it may quote a value of the row that overflowed).
/// </summary>
public sealed class Issue10FuzzRegressionTests(ApiServer server) : IClassFixture<ApiServer>
{
    [Theory]
    [InlineData("""{"v":"2026-11-v3","n":0,"k":[["m","99999999999999999999999999999999"]]}""")]
    [InlineData("""{"v":"2026-11-v3","n":0,"k":[["i",3000000000]]}""")]
    [InlineData("""{"v":"2026-11-v3","n":0,"k":[["s","North"]]}""")]
    public async Task Issue_10_a_skiptoken_with_an_overflowing_or_mistyped_value_is_a_400(string json)
    {
        var token = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

        using var response = await server.GetAsync("CaseFigures?$skiptoken=" + token);

        await ShouldBeBadRequestAsync(response);
    }

    [Theory]
    [InlineData("CaseFigures?$filter=Year mul 2147483647 mul 2147483647 gt 0")]
    [InlineData("CaseFigures?$orderby=Year mul 2147483647")]
    [InlineData("CaseFigures/$count?$filter=Year mul -2147483647 mul 2147483647 lt 0")]
    public async Task Issue_10_arithmetic_that_overflows_in_DuckDB_is_a_400_without_the_engine_message(string relative)
    {
        using var response = await server.GetAsync(relative);

        var message = await ShouldBeBadRequestAsync(response);
        message.Should().NotContain("Overflow").And.NotContain("INT64").And.NotContain("DOUBLE");
    }

    private static async Task<string> ShouldBeBadRequestAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("error").GetProperty("message").GetString()!;
    }
}
