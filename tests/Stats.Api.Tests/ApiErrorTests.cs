using System.Net;
using System.Text.Json;

namespace Stats.Api.Tests;

public sealed class ApiErrorTests(ApiServer server) : IClassFixture<ApiServer>
{
    [Theory]
    [InlineData("CaseFigures?$filter=Year eq", HttpStatusCode.BadRequest)]
    [InlineData("CaseFigures?$filter=Nope eq 1", HttpStatusCode.BadRequest)]
    [InlineData("CaseFigures?$orderby=Year sideways", HttpStatusCode.BadRequest)]
    [InlineData("CaseFigures?$top=-1", HttpStatusCode.BadRequest)]
    [InlineData("CaseFigures?$count=maybe", HttpStatusCode.BadRequest)]
    [InlineData("CaseFigures?$foo=1", HttpStatusCode.BadRequest)]
    [InlineData("CaseFigures?$skiptoken=garbage", HttpStatusCode.BadRequest)]
    [InlineData("CaseFigures/$count?$filter=Year eq 'x'", HttpStatusCode.BadRequest)]
    [InlineData("CaseFigures?$apply=aggregate(Cases with sum as Total)", HttpStatusCode.NotImplemented)]
    [InlineData("CaseFigures?$expand=Region", HttpStatusCode.NotImplemented)]
    [InlineData("CaseFigures?$search=north", HttpStatusCode.NotImplemented)]
    [InlineData("CaseFigures?$format=xml", HttpStatusCode.NotImplemented)]
    [InlineData("Nope", HttpStatusCode.NotFound)]
    [InlineData("Nope/$count", HttpStatusCode.NotFound)]
    [InlineData("CaseFigures?$skiptoken=eyJ2IjoiMjAyNS0wMS12MSIsIm4iOjcsImsiOltbImwiLDddXX0", HttpStatusCode.NotFound)] // a vintage not kept
    [InlineData("CaseFigures?$orderby=Year&$skiptoken=eyJ2IjoiMjAyNi0xMS12MyIsIm4iOjcsImsiOltbImwiLDddXX0", HttpStatusCode.BadRequest)] // one sort value for two terms
    [InlineData("CaseFigures?vintage=2025-01-v1", HttpStatusCode.NotFound)]
    [InlineData("vintage/2025-01-v1/CaseFigures", HttpStatusCode.NotFound)]
    [InlineData("vintage/2025-01-v1/$metadata", HttpStatusCode.NotFound)]
    public async Task Errors_carry_an_odata_error_body(string relative, HttpStatusCode status)
    {
        using var response = await server.GetAsync(relative);
        response.StatusCode.Should().Be(status);
        response.Headers.GetValues("OData-Version").Should().Equal("4.0");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().NotBeNullOrEmpty();
        error.GetProperty("message").GetString().Should().NotBeNullOrEmpty();
    }
}
