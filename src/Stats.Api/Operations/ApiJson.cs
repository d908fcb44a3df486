using System.Text.Json;
using System.Text.Json.Serialization;
using Stats.Api.Access;

namespace Stats.Api.Operations;

/// <summary>
/// JSON answers of the intake and operations endpoints: camelCase names, enums as lower-case snake strings ("on_time"),
/// and errors in the same <c>{ "error": { "code", "message" } }</c> shape as the access layer's OData errors, as plain
/// JSON (these endpoints are not OData, so no OData-Version header).
/// </summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static Task WriteAsync<T>(HttpContext context, int status, T value, bool noStore = false)
    {
        context.Response.StatusCode = status;
        if (noStore)
        {
            context.Response.Headers.CacheControl = "no-store";
        }

        return context.Response.WriteAsJsonAsync(value, Options, contentType: "application/json; charset=utf-8", context.RequestAborted);
    }

    public static Task ErrorAsync(HttpContext context, int status, string code, string message, bool noStore = false)
    {
        context.Response.Clear();
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = AccessErrors.Challenge;
        }

        return WriteAsync(context, status, new ErrorBody(new ErrorDetail(code, message)), noStore);
    }

    /// <summary>Runs an endpoint; a failure of the host's implementation becomes a logged 500 with an error body, never a bare 500.</summary>
    public static async Task GuardedAsync(HttpContext context, string category, Func<Task> handle)
    {
        try
        {
            await handle().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(category).LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path.Value);
            await ErrorAsync(context, StatusCodes.Status500InternalServerError, "InternalError", "The request failed on the server; see the server log.").ConfigureAwait(false);
        }
    }

    private sealed record ErrorBody(ErrorDetail Error);

    private sealed record ErrorDetail(string Code, string Message);
}
