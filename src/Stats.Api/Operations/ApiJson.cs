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

    private sealed record ErrorBody(ErrorDetail Error);

    private sealed record ErrorDetail(string Code, string Message);
}
