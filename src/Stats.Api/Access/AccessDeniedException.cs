namespace Stats.Api.Access;

/// <summary>A request the access layer refuses before it reaches an endpoint (bad credentials, conflicting keys).</summary>
internal sealed class AccessDeniedException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
