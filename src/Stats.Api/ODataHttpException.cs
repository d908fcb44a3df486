namespace Stats.Api;

/// <summary>A request answered with an OData error body and this status (unknown set, unsupported option, stale next link).</summary>
internal sealed class ODataHttpException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
