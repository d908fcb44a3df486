using System.Diagnostics;
using System.Net;

namespace Stats.Api.Tests;

public sealed class AccessTimeoutTests(UnlimitedAccessServer server) : IClassFixture<UnlimitedAccessServer>
{
    [Theory]
    [InlineData("Slow?$orderby=Id desc")]
    [InlineData("Slow/$count?$filter=Id eq 5")]
    public async Task A_query_longer_than_the_timeout_is_interrupted_and_answered_504(string relative)
    {
        // The relation is a cross join of 10^12 rows: sorting or filtering it takes hours, so only an interrupted query
        // can answer within seconds. The timeout is 1 s.
        var clock = Stopwatch.StartNew();
        using var response = await server.GetAsync(relative, r => AccessTests.Basic(r, AccessServer.AnalystKey));
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(8));
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9));
        response.StatusCode.Should().Be(HttpStatusCode.GatewayTimeout);
        (await AccessTests.ShouldBeODataErrorAsync(response)).Should().Be("Timeout");

        // The interrupted query does not hold the database: the next request is answered at once.
        var next = Stopwatch.StartNew();
        using var after = await server.GetAsync("CaseFigures?$top=3", r => AccessTests.Basic(r, AccessServer.AnalystKey));
        after.StatusCode.Should().Be(HttpStatusCode.OK);
        next.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }
}
