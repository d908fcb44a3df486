using Stats.Api.Operations;

namespace Stats.Api.Access;

/// <summary>
/// The last resort for an exception no endpoint handled (a key store that cannot reach the catalog, a bug): logged with its
/// stack trace, answered 500 with the API's JSON error body and nothing of the exception, whatever the hosting environment
/// (ASP.NET Core's developer exception page, switched on by ASPNETCORE_ENVIRONMENT=Development, would send the stack trace
/// to the caller). A response already started cannot be replaced: the connection is aborted, so the client sees a failed
/// transfer rather than a truncated body that looks complete. The log names the path, never the query (it may hold api_key).
/// </summary>
internal sealed class UnhandledErrors(RequestDelegate next, ILogger<UnhandledErrors> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception e)
        {
            logger.LogError(e, "{Method} {Path} failed with an unhandled error", context.Request.Method, context.Request.Path.Value);
            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }

            await ApiJson.ErrorAsync(context, StatusCodes.Status500InternalServerError, "InternalError", "The request failed on the server; see the server log.").ConfigureAwait(false);
        }
    }
}
