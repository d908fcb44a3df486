namespace Stats.Api.Portal;

/// <summary>A portal request that cannot be answered as asked (unknown indicator 404, a breakdown not published 400).</summary>
internal sealed class PortalRequestException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
