namespace Stats.Api.Exports;

/// <summary>An export request answered with an error status other than 400 (unknown format 404, nothing published 503).</summary>
internal sealed class ExportHttpException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
