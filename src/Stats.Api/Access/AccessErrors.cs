namespace Stats.Api.Access;

/// <summary>Error answers of the access layer, with the same OData JSON error body as the endpoints' errors.</summary>
internal static class AccessErrors
{
    /// <summary>Excel offers Basic credentials only after a Basic challenge; any 401 carries one.</summary>
    public const string Challenge = "Basic realm=\"stats\"";

    public static async Task WriteAsync(HttpContext context, int status, string code, string message, string? retryAfterSeconds = null)
    {
        context.Response.Clear();
        if (retryAfterSeconds is not null)
        {
            context.Response.Headers.RetryAfter = retryAfterSeconds;
        }

        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = Challenge;
        }

        var prefix = context.RequestServices.GetRequiredService<ODataServeOptions>().RoutePrefix.Trim('/');
        await ODataResponses.WriteErrorAsync(context.Response, ODataResponses.ServiceRoot(context, prefix), status, code, message).ConfigureAwait(false);
    }
}
