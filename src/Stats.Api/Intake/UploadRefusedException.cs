namespace Stats.Api.Intake;

/// <summary>An upload refused by the endpoint itself (e.g. a second file in a multipart body found after the first).</summary>
internal sealed class UploadRefusedException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
