using System.Net;

namespace Stats.Api.Tests;

public sealed class AccessRateLimitTests(RateLimitedAccessServer server) : IClassFixture<RateLimitedAccessServer>
{
    [Fact]
    public async Task A_key_past_its_bucket_gets_429_with_retry_after_while_other_keys_and_anonymous_callers_are_unaffected()
    {
        // Admin bucket: 2 tokens, 1 more every 30 s. Requests 1-2 pass, request 3 waits for one token: 30 s.
        (await StatusAsync(AccessServer.AdminKey)).Should().Be(HttpStatusCode.OK);
        (await StatusAsync(AccessServer.AdminKey)).Should().Be(HttpStatusCode.OK);
        using (var third = await server.GetAsync("Secret", r => r.Headers.Add("X-Api-Key", AccessServer.AdminKey)))
        {
            third.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
            third.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(30));
            (await AccessTests.ShouldBeODataErrorAsync(third)).Should().Be("TooManyRequests");
        }

        // Another admin key has its own bucket.
        (await StatusAsync(AccessServer.OtherAdminKey)).Should().Be(HttpStatusCode.OK);

        // Anonymous callers: one bucket per address (all of these come from 127.0.0.1), public settings: 3 tokens, 20 s.
        (await StatusAsync(null)).Should().Be(HttpStatusCode.OK);
        (await StatusAsync(null)).Should().Be(HttpStatusCode.OK);
        (await StatusAsync(null)).Should().Be(HttpStatusCode.OK);
        using var fourth = await server.GetAsync("CaseFigures");
        fourth.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        fourth.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(20));

        // The analyst role is configured without a limit.
        for (var i = 0; i < 10; i++)
        {
            (await StatusAsync(AccessServer.AnalystKey)).Should().Be(HttpStatusCode.OK);
        }
    }

    private async Task<HttpStatusCode> StatusAsync(string? key)
    {
        using var response = await server.GetAsync(key is null ? "CaseFigures" : "CaseFigures", r =>
        {
            if (key is not null)
            {
                r.Headers.Add("X-Api-Key", key);
            }
        });
        return response.StatusCode;
    }
}
